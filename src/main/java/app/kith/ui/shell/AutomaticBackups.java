package app.kith.ui.shell;

import app.kith.store.BackupFile;
import app.kith.store.Journal;
import app.kith.store.JournalException;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When the window backs the user's own journal up by itself: at most once a day while it is open (after a write,
 * when the latest backup is a day old), and when it closes if anything was written since the last backup. A
 * journal that is only read is not backed up again: its latest backup holds it already, and an unchanged copy
 * would only push an older, different one out; nor is one taken as the window opens, where it would hold the
 * first screen up. Runs on the writer thread, with the journal the shell has open; the sample journal and a
 * read-only journal are never backed up. A backup that fails is remembered, in a sentence, for Settings to show.
 */
final class AutomaticBackups {

    private static final Logger LOG = LoggerFactory.getLogger(AutomaticBackups.class);

    private final Clock clock;
    private final AtomicBoolean writtenSinceBackup = new AtomicBoolean();
    /** When the next daily backup is due; read from the backup folder when the journal opens. */
    private final AtomicReference<Instant> nextDaily = new AtomicReference<>(Instant.MIN);
    private final AtomicReference<String> problem = new AtomicReference<>();

    AutomaticBackups(Clock clock) {
        this.clock = clock;
    }

    /** Writer thread, once a journal is open: when its next daily backup is due. */
    void opened(Journal journal) {
        writtenSinceBackup.set(false);
        nextDaily.set(journal.backups().latest().map(latest -> latest.takenAt().plus(app.kith.store.Backups.DAILY))
                .orElse(Instant.MIN));
    }

    /** FX thread, after a write succeeded. */
    void written() {
        writtenSinceBackup.set(true);
    }

    /** True when a write is waiting for its daily backup: the shell then asks for one on the writer thread. */
    boolean dailyDue() {
        return writtenSinceBackup.get() && !clock.instant().isBefore(nextDaily.get());
    }

    /** Writer thread: the daily backup, if a write is waiting for one. */
    void daily(Journal journal) {
        if (dailyDue()) {
            take(journal, "daily");
        }
    }

    /** Writer thread, just before the journal closes. */
    void closing(Journal journal) {
        if (writtenSinceBackup.get()) {
            take(journal, "closing");
        }
    }

    /** Writer thread: a backup the person asked for ("Back up now"). */
    BackupFile now(Journal journal) {
        BackupFile taken = journal.backups().backUp("manual");
        taken(taken);
        return taken;
    }

    /** The latest automatic backup's problem, in a sentence; null when it worked. */
    String problem() {
        return problem.get();
    }

    private void take(Journal journal, String label) {
        try {
            taken(journal.backups().backUp(label));
        } catch (JournalException e) {
            LOG.warn("The {} backup failed", label, e);
            problem.set(e.getMessage());
        }
    }

    private void taken(BackupFile backup) {
        writtenSinceBackup.set(false);
        problem.set(null);
        nextDaily.set(backup.takenAt().plus(app.kith.store.Backups.DAILY));
    }
}
