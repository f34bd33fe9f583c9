package app.kith.ui.shell;

import app.kith.store.BackupFile;
import app.kith.store.Journal;
import app.kith.store.JournalException;
import app.kith.store.JournalKey;
import app.kith.ui.common.TaskRunner;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Looking after the own journal as a whole, for Settings: backing it up now, the automatic backups following the
 * writes, and the work that needs it closed and opened again (a passphrase set, changed or removed; a restore).
 */
public final class JournalUpkeep {

    private static final Logger LOG = LoggerFactory.getLogger(JournalUpkeep.class);

    private final ShellViewModel shell;
    private final TaskRunner tasks;

    public JournalUpkeep(ShellViewModel shell, TaskRunner tasks) {
        this.shell = shell;
        this.tasks = tasks;
    }

    /** What needs the own journal closed and opened again: it runs on the writer thread with the journal open. */
    @FunctionalInterface
    public interface Rework<T> {
        /**
         * @param journal the own journal, open (the work may close it)
         * @param key its key, or null when it has no passphrase
         * @return the result, and the key the journal opens with afterwards
         */
        Reworked<T> run(Journal journal, JournalKey key);
    }

    /** A rework's result, and the key the journal opens with now (null for none). */
    public record Reworked<T>(T result, JournalKey key) {
    }

    /** True when the own journal is open, writable and shown: what Settings' journal-wide actions need. */
    public boolean ownJournalWritable() {
        return shell.journalProperty().get() != null && !shell.exploringSampleProperty().get()
                && !shell.readOnlyProperty().get();
    }

    /**
     * Runs work that needs the own journal closed and opened again: the window shows that it is opening, the work
     * runs on the writer thread, and the journal is opened again, with its new key or, when the work failed, as
     * it was.
     *
     * @param onDone told the result once the journal is open again
     * @param onFailed told why, once the journal is open again as it was (or could not be opened)
     */
    public <T> void rework(Rework<T> work, Consumer<T> onDone, Consumer<JournalException> onFailed) {
        if (!ownJournalWritable()) {
            onFailed.accept(new JournalException("This needs your own journal open, on a disk Kith can write to."));
            return;
        }
        int asked = shell.closingForRework();
        tasks.write(context -> {
            JournalKey before = shell.ownKey();
            Reworked<T> done = null;
            JournalException failure = null;
            try {
                done = work.run(shell.openJournal(), before);
            } catch (JournalException e) {
                failure = e;
            }
            return new Outcome<>(shell.reopenOwn(done == null ? before : done.key()), done, failure);
        }).onSuccess(outcome -> {
            shell.reopened(asked, outcome.opened());
            if (outcome.failure() != null) {
                onFailed.accept(outcome.failure());
            } else {
                onDone.accept(outcome.done().result());
            }
        }).onError(JournalException.class, error -> {
            shell.notReopened(asked, error.getMessage());
            onFailed.accept(error);
        }).onError(error -> {
            LOG.error("Opening the journal in {} again failed", shell.ownFolder(), error);
            shell.notReopened(asked, "Kith could not open the journal in " + shell.ownFolder() + " again.");
            onFailed.accept(new JournalException("Kith could not open the journal again."));
        }).start();
    }

    /** "Back up now": a checked backup of the own journal, on the writer thread. */
    public void backUpNow(Consumer<BackupFile> onDone, Consumer<String> onFailed) {
        if (!ownJournalWritable()) {
            onFailed.accept("Open your own journal to back it up.");
            return;
        }
        Journal shown = shell.journalProperty().get();
        tasks.write(context -> shell.backups().now(shown))
                .onSuccess(onDone)
                .onError(JournalException.class, error -> onFailed.accept(error.getMessage()))
                .onError(error -> {
                    LOG.error("Backing up failed", error);
                    onFailed.accept("Kith could not back the journal up; the journal is as it was.");
                })
                .start();
    }

    /** After every write to the journal shown (FX thread): the daily backup follows the writes. */
    public void journalWritten() {
        if (!ownJournalWritable()) {
            return;
        }
        AutomaticBackups backups = shell.backups();
        backups.written();
        if (backups.dailyDue()) {
            Journal shown = shell.journalProperty().get();
            tasks.write(context -> {
                if (shell.openJournal() == shown) {
                    backups.daily(shown);
                }
                return null;
            }).start();
        }
    }

    /** The latest automatic backup's problem, in a sentence, or null when it worked. */
    public String automaticBackupProblem() {
        return shell.backups().problem();
    }

    private record Outcome<T>(ShellViewModel.Opened opened, Reworked<T> done, JournalException failure) {
    }
}
