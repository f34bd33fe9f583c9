package app.kith.ui.shell;

import app.kith.store.Database;
import app.kith.store.Journal;
import app.kith.store.JournalCounts;
import app.kith.store.JournalException;
import app.kith.store.JournalFiles;
import app.kith.store.JournalKey;
import app.kith.store.WrongPassphrase;
import app.kith.ui.common.BackgroundTask;
import app.kith.ui.common.Progress;
import app.kith.ui.common.TaskRunner;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which journal the window shows and in what state: the user's own, or the sample journal kept
 * in its own folder ({@code <data>/sample}) so that exploring never touches real entries.
 * Opening, unlocking, generating and closing run in the background; results arrive as property changes.
 * The shell also keeps the own journal's key while it is open, and takes the automatic backups; what needs the
 * journal closed and opened again (a passphrase change, a restore) is {@link JournalUpkeep}'s.
 */
public final class ShellViewModel {

    /** What the window's content area shows. */
    public enum Phase { OPENING, LOCKED, PROBLEM, GENERATING_SAMPLE, READY }

    /** The sample journal's folder inside the data folder. */
    public static final String SAMPLE_FOLDER = "sample";

    static final String CANNOT_OPEN = "Kith cannot open this journal";
    static final String CANNOT_MAKE_SAMPLE = "Kith could not create the sample journal";

    private static final Logger LOG = LoggerFactory.getLogger(ShellViewModel.class);

    private final TaskRunner tasks;
    private final Clock clock;
    private final Path ownFolder;
    private final SampleMaker sampleMaker;
    private final AutomaticBackups backups;
    /** The journal open right now as the writer thread knows it, so that closing never misses one. */
    private final AtomicReference<Journal> openJournal = new AtomicReference<>();
    /** The own journal's key while it is unlocked (null when it has no passphrase). */
    private final AtomicReference<JournalKey> ownKey = new AtomicReference<>();
    /**
     * Writer thread: the outcome of opening the own journal ahead of the window ({@link #startOpeningOwnJournal}),
     * the journal opened or why it could not be, until {@link #openOwnJournal()} takes it.
     */
    private final AtomicReference<Supplier<Opened>> openedAhead = new AtomicReference<>();

    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(Phase.OPENING);
    private final ReadOnlyObjectWrapper<Journal> journal = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<JournalCounts> counts = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Path> folder = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper exploringSample = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper readOnly = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper hasPassphrase = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper unlocking = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper passphraseProblem = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper problemTitle = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper();
    private final ReadOnlyObjectWrapper<Progress> sampleProgress = new ReadOnlyObjectWrapper<>();

    /** Counts every switch, so that a late answer about an abandoned journal is ignored. */
    private int attempt;
    private BackgroundTask<JournalCounts> generation;

    public ShellViewModel(TaskRunner tasks, Clock clock, Path ownFolder, SampleMaker sampleMaker) {
        this.tasks = tasks;
        this.clock = clock;
        this.ownFolder = ownFolder;
        this.sampleMaker = sampleMaker;
        this.backups = new AutomaticBackups(clock);
    }

    /** Opens (or re-opens) the user's own journal; a locked one asks for its passphrase first. */
    public void openOwnJournal() {
        open(ownFolder, false);
    }

    /**
     * Begins opening the own journal on the writer thread at once, while JavaFX is still building the window (called
     * from {@code Application.init}, before {@link #openOwnJournal()}): opening the database takes about as long as
     * the first frame, so the two overlap. Touches no property: {@link #openOwnJournal()} shows what it opened, or
     * says why it could not, as if it had opened the journal itself.
     *
     * @param opened told on the writer thread of the journal once it is open (not when locked or failing), so that
     *               the first screen's reads can begin at once
     */
    public void startOpeningOwnJournal(Consumer<Journal> opened) {
        tasks.write(context -> {
            Supplier<Opened> outcome;
            try {
                Opened done = openWork(ownFolder, false, opened);
                outcome = () -> done;
            } catch (RuntimeException failed) {
                outcome = () -> {
                    throw failed;
                };
            }
            openedAhead.set(outcome);
            return null;
        }).start();
    }

    /**
     * Opens the locked journal with the passphrase typed on the passphrase page; a wrong one is said there and
     * can be typed again.
     */
    public void unlock(String passphrase) {
        if (phase.get() != Phase.LOCKED || unlocking.get()) {
            return;
        }
        if (passphrase == null || passphrase.isEmpty()) {
            passphraseProblem.set("Type your passphrase.");
            return;
        }
        int asked = attempt;
        char[] typed = passphrase.toCharArray();
        unlocking.set(true);
        passphraseProblem.set(null);
        tasks.write(context -> {
            JournalKey key;
            try {
                key = JournalKey.unlock(ownFolder, typed);
            } finally {
                java.util.Arrays.fill(typed, '\0');
            }
            return openOwn(key, journal -> { });
        }).onSuccess(opened -> {
            unlocking.set(false);
            if (asked == attempt) {
                show(opened);
            }
        }).onError(WrongPassphrase.class, wrong -> {
            unlocking.set(false);
            passphraseProblem.set("That passphrase does not open this journal. Check it (and Caps Lock) and try"
                    + " again; the journal is unchanged.");
        }).onError(JournalException.class, error -> {
            unlocking.set(false);
            fail(asked, CANNOT_OPEN, error.getMessage());
        }).onError(error -> {
            unlocking.set(false);
            LOG.error("Unlocking the journal in {} failed", ownFolder, error);
            fail(asked, CANNOT_OPEN, "Kith could not open the journal in " + ownFolder + ".");
        }).start();
    }

    /** Opens the sample journal, generating it first when its folder holds nobody yet. */
    public void exploreSample() {
        if (!exploringSample.get() || phase.get() == Phase.PROBLEM) {
            open(sampleFolder(), true);
        }
    }

    /** Leaves the sample journal (stopping its generation) and opens the user's own. */
    public void backToOwnJournal() {
        stopGeneration();
        openOwnJournal();
    }

    /** Stops generating the sample; the window goes back to the user's own journal. */
    public void cancelSample() {
        if (generation != null) {
            generation.cancel();
        }
    }

    /** Tries the journal that failed to open again. */
    public void retry() {
        open(exploringSample.get() ? sampleFolder() : ownFolder, exploringSample.get());
    }

    /** Counts the journal again, e.g. after a person was added; and takes the daily backup when one is due. */
    public void refreshCounts() {
        Journal current = journal.get();
        if (current == null) {
            return;
        }
        int asked = attempt;
        tasks.read(context -> current.counts())
                .onSuccess(fresh -> {
                    if (asked == attempt) {
                        counts.set(fresh);
                    }
                })
                .onError(error -> LOG.warn("Kith could not count the journal again", error))
                .start();
    }

    /** Stops any generation, backs the own journal up when it was written to, and closes it on the writer thread. */
    public void close() {
        stopGeneration();
        attempt++;
        tasks.write(context -> {
            closeOpenJournal(true);
            return null;
        }).start();
    }

    // For JournalUpkeep: the steps of closing the own journal and opening it again.

    AutomaticBackups backups() {
        return backups;
    }

    /** Writer thread: the journal open right now. */
    Journal openJournal() {
        return openJournal.get();
    }

    /** Writer thread: the own journal's key while it is open. */
    JournalKey ownKey() {
        return ownKey.get();
    }

    /** FX thread: the own journal goes away for a while (the window says it is opening); the switch's number. */
    int closingForRework() {
        int asked = ++attempt;
        phase.set(Phase.OPENING);
        journal.set(null);
        return asked;
    }

    /** FX thread: shows the journal opened again, unless the window has moved on since. */
    void reopened(int asked, Opened opened) {
        if (asked == attempt) {
            show(opened);
        }
    }

    /** FX thread: the journal could not be opened again. */
    void notReopened(int asked, String sentence) {
        fail(asked, CANNOT_OPEN, sentence);
    }

    /** Writer thread: closes the open journal (without the closing backup) and opens the own one with the key. */
    Opened reopenOwn(JournalKey key) {
        closeOpenJournal(false);
        return openOwn(key, journal -> { });
    }

    public Path ownFolder() {
        return ownFolder;
    }

    public Path sampleFolder() {
        return ownFolder.resolve(SAMPLE_FOLDER);
    }

    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    /** The open journal while the phase is READY, else null. */
    public ReadOnlyObjectProperty<Journal> journalProperty() {
        return journal.getReadOnlyProperty();
    }

    /** What the open journal holds, while the phase is READY. */
    public ReadOnlyObjectProperty<JournalCounts> countsProperty() {
        return counts.getReadOnlyProperty();
    }

    /** The folder of the journal shown (or being opened). */
    public ReadOnlyObjectProperty<Path> folderProperty() {
        return folder.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty exploringSampleProperty() {
        return exploringSample.getReadOnlyProperty();
    }

    /** True when the journal shown is on a disk Kith cannot write to: it is open for reading only. */
    public ReadOnlyBooleanProperty readOnlyProperty() {
        return readOnly.getReadOnlyProperty();
    }

    /** True when the own journal is encrypted with a passphrase. */
    public ReadOnlyBooleanProperty hasPassphraseProperty() {
        return hasPassphrase.getReadOnlyProperty();
    }

    /** True while a typed passphrase is being tried. */
    public ReadOnlyBooleanProperty unlockingProperty() {
        return unlocking.getReadOnlyProperty();
    }

    /** Why the passphrase typed did not open the journal, in a sentence; null otherwise. */
    public ReadOnlyStringProperty passphraseProblemProperty() {
        return passphraseProblem.getReadOnlyProperty();
    }

    /** What went wrong, as a heading; set in the PROBLEM phase. */
    public ReadOnlyStringProperty problemTitleProperty() {
        return problemTitle.getReadOnlyProperty();
    }

    /** Why, in a sentence a person understands; set in the PROBLEM phase. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** How far the sample generation has come, in the GENERATING_SAMPLE phase. */
    public ReadOnlyObjectProperty<Progress> sampleProgressProperty() {
        return sampleProgress.getReadOnlyProperty();
    }

    private void open(Path target, boolean sample) {
        int asked = ++attempt;
        phase.set(Phase.OPENING);
        journal.set(null);
        counts.set(null);
        problem.set(null);
        problemTitle.set(null);
        passphraseProblem.set(null);
        folder.set(target);
        exploringSample.set(sample);
        tasks.write(context -> {
            Supplier<Opened> ahead = openedAhead.getAndSet(null);
            return ahead != null && !sample ? ahead.get() : openWork(target, sample, journal -> { });
        }).onSuccess(opened -> {
            if (asked != attempt) {
                return;
            }
            if (opened == null) {
                phase.set(Phase.LOCKED);
            } else if (sample && opened.counts().isEmpty()) {
                generate(opened.journal(), asked);
            } else {
                show(opened);
            }
        }).onError(JournalException.class, error -> fail(asked, CANNOT_OPEN, error.getMessage()))
                .onError(error -> {
                    LOG.error("Opening the journal in {} failed", target, error);
                    fail(asked, CANNOT_OPEN, "Kith could not open the journal in " + target + ".");
                })
                .start();
    }

    /**
     * Writer thread: opens the journal in the folder after closing the one open; null when it needs a passphrase.
     *
     * @param whenOpen told of the own journal as soon as it is open, before it is counted
     */
    private Opened openWork(Path target, boolean sample, Consumer<Journal> whenOpen) {
        closeOpenJournal(true);
        if (!sample && JournalFiles.isLocked(target) && ownKey.get() == null) {
            return null;
        }
        return sample ? openSample(target) : openOwn(ownKey.get(), whenOpen);
    }

    /**
     * Writer thread: opens the own journal with its key (for reading only on a disk Kith cannot write to).
     *
     * @param whenOpen told of the journal as soon as it is open, before it is counted
     */
    private Opened openOwn(JournalKey key, Consumer<Journal> whenOpen) {
        boolean onReadOnlyMedium = Database.onReadOnlyMedium(ownFolder);
        Journal opened = onReadOnlyMedium ? Journal.openForReading(ownFolder, clock, key)
                : Journal.open(ownFolder, clock, key);
        ownKey.set(key);
        openJournal.set(opened);
        whenOpen.accept(opened);
        return new Opened(opened, opened.counts(), false, key != null, onReadOnlyMedium);
    }

    private Opened openSample(Path target) {
        Journal opened = Journal.open(target, clock);
        openJournal.set(opened);
        return new Opened(opened, opened.counts(), true, false, false);
    }

    private void generate(Journal sample, int asked) {
        phase.set(Phase.GENERATING_SAMPLE);
        sampleProgress.set(new Progress(0, 0, "Getting ready"));
        LocalDate today = LocalDate.now(clock);
        generation = tasks.write(context -> sampleMaker.make(sample, today, context::progress, context::isCancelled));
        generation.onProgress(sampleProgress::set)
                .onSuccess(made -> {
                    if (asked == attempt) {
                        generation = null;
                        show(new Opened(sample, made, true, false, false));
                    }
                })
                .onCancelled(() -> {
                    if (asked == attempt) {
                        generation = null;
                        openOwnJournal();
                    }
                })
                .onError(JournalException.class, error -> fail(asked, CANNOT_MAKE_SAMPLE, error.getMessage()))
                .onError(error -> {
                    LOG.error("Generating the sample journal failed", error);
                    fail(asked, CANNOT_MAKE_SAMPLE,
                            "Something went wrong while writing it. Your own journal is untouched.");
                })
                .start();
    }

    private void show(Opened opened) {
        if (!opened.sample() && !opened.readOnly()) {
            // When the next daily backup is due, read after the journal is shown (it lists the backup folder).
            Journal shown = opened.journal();
            tasks.write(context -> {
                if (openJournal.get() == shown) {
                    backups.opened(shown);
                }
                return null;
            }).start();
        }
        counts.set(opened.counts());
        readOnly.set(opened.readOnly());
        if (!opened.sample()) {
            hasPassphrase.set(opened.locked());
        }
        passphraseProblem.set(null);
        journal.set(opened.journal());
        phase.set(Phase.READY);
    }

    private void fail(int asked, String title, String sentence) {
        if (asked == attempt) {
            generation = null;
            problemTitle.set(title);
            problem.set(sentence);
            phase.set(Phase.PROBLEM);
        }
    }

    private void stopGeneration() {
        if (generation != null) {
            generation.cancel();
            generation = null;
        }
    }

    /**
     * Runs on the writer thread, before another journal opens and when the window closes; the own journal is
     * backed up first when it was written to since its last backup.
     */
    private void closeOpenJournal(boolean backUp) {
        Journal previous = openJournal.getAndSet(null);
        if (previous == null) {
            return;
        }
        if (backUp && previous.folder().equals(ownFolder) && !previous.readOnly()) {
            backups.closing(previous);
        }
        previous.close();
    }

    /** A journal just opened, and how. */
    record Opened(Journal journal, JournalCounts counts, boolean sample, boolean locked, boolean readOnly) {
    }

}
