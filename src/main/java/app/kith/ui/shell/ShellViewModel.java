package app.kith.ui.shell;

import app.kith.store.Journal;
import app.kith.store.JournalCounts;
import app.kith.store.JournalException;
import app.kith.ui.common.BackgroundTask;
import app.kith.ui.common.Progress;
import app.kith.ui.common.TaskRunner;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;
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
 * Opening, generating and closing run in the background; results arrive as property changes.
 */
public final class ShellViewModel {

    /** What the window's content area shows. */
    public enum Phase { OPENING, PROBLEM, GENERATING_SAMPLE, READY }

    /** The sample journal's folder inside the data folder. */
    public static final String SAMPLE_FOLDER = "sample";

    static final String CANNOT_OPEN = "Kith cannot open this journal";
    static final String CANNOT_MAKE_SAMPLE = "Kith could not create the sample journal";

    private static final Logger LOG = LoggerFactory.getLogger(ShellViewModel.class);

    private final TaskRunner tasks;
    private final Clock clock;
    private final Path ownFolder;
    private final SampleMaker sampleMaker;
    /** The journal open right now as the writer thread knows it, so that closing never misses one. */
    private final AtomicReference<Journal> openJournal = new AtomicReference<>();

    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(Phase.OPENING);
    private final ReadOnlyObjectWrapper<Journal> journal = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<JournalCounts> counts = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Path> folder = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper exploringSample = new ReadOnlyBooleanWrapper();
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
    }

    /** Opens (or re-opens) the user's own journal. */
    public void openOwnJournal() {
        open(ownFolder, false);
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

    /** Counts the journal again, e.g. after a person was added. */
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

    /** Stops any generation and closes the open journal (forcing it to disk) on the writer thread. */
    public void close() {
        stopGeneration();
        attempt++;
        tasks.write(context -> {
            closeOpenJournal();
            return null;
        }).start();
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
        folder.set(target);
        exploringSample.set(sample);
        tasks.write(context -> {
            closeOpenJournal();
            Journal opened = Journal.open(target, clock);
            openJournal.set(opened);
            return new Opened(opened, opened.counts());
        }).onSuccess(opened -> {
            if (asked != attempt) {
                return;
            }
            if (sample && opened.counts().isEmpty()) {
                generate(opened.journal(), asked);
            } else {
                show(opened.journal(), opened.counts());
            }
        }).onError(JournalException.class, error -> fail(asked, CANNOT_OPEN, error.getMessage()))
                .onError(error -> {
                    LOG.error("Opening the journal in {} failed", target, error);
                    fail(asked, CANNOT_OPEN, "Kith could not open the journal in " + target + ".");
                })
                .start();
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
                        show(sample, made);
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

    private void show(Journal opened, JournalCounts held) {
        counts.set(held);
        journal.set(opened);
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

    /** Runs on the writer thread, before another journal opens and when the window closes. */
    private void closeOpenJournal() {
        Journal previous = openJournal.getAndSet(null);
        if (previous != null) {
            previous.close();
        }
    }

    private record Opened(Journal journal, JournalCounts counts) {
    }
}
