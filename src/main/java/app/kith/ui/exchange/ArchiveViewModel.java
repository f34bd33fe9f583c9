package app.kith.ui.exchange;

import app.kith.domain.Person;
import app.kith.exchange.ExchangeException;
import app.kith.exchange.archive.ArchiveException;
import app.kith.exchange.archive.ArchiveExport;
import app.kith.exchange.archive.ArchiveImport;
import app.kith.exchange.archive.ArchiveProgress;
import app.kith.exchange.archive.ArchiveStopped;
import app.kith.exchange.exports.ContactsExport;
import app.kith.store.Journal;
import app.kith.store.JournalException;
import app.kith.ui.common.TaskContext;
import app.kith.ui.common.TaskRunner;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One import or export of a Kith archive (or an export of people as vCard or CSV), run in the background: its progress while it runs, then
 * what came of it: a summary, the archive's problems (nothing imported), a stop, or a failure.
 *
 * <p>Stopping is asked of the work, which answers at its next good point; until then the outcome is
 * open, so the screen never says "stopped" about an import that was in fact saved.
 */
public final class ArchiveViewModel {

    /** Where the work is. */
    public enum State { IDLE, WORKING, DONE, PROBLEMS, STOPPED, FAILED }

    private static final Logger LOG = LoggerFactory.getLogger(ArchiveViewModel.class);

    private final TaskRunner tasks;
    private final Journal journal;
    private final Clock clock;
    private final Runnable imported;
    private final AtomicBoolean stopAsked = new AtomicBoolean();

    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.IDLE);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper fraction = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyBooleanWrapper stopping = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper outcome = new ReadOnlyStringWrapper("");
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>();

    /**
     * @param journal the open journal
     * @param imported runs on the FX thread after an import saved something (tell the screens)
     */
    public ArchiveViewModel(TaskRunner tasks, Journal journal, Clock clock, Runnable imported) {
        this.tasks = tasks;
        this.journal = journal;
        this.clock = clock;
        this.imported = imported;
    }

    /** The name the save dialog suggests: {@code kith-YYYY-MM-DD.json}, today's date. */
    public String suggestedFileName() {
        return "kith-" + LocalDate.now(clock) + ".json";
    }

    /** Writes the whole journal to the file, replacing it (the save dialog has asked about that). */
    public void exportTo(Path target) {
        begin(target, "Exporting the journal", "Getting ready…");
        tasks.read(context -> new ArchiveExport(journal, clock).export(target, true, watching(context)))
                .onProgress(progress -> showProgress(progress.message(), progress.fraction()))
                .onSuccess(counts -> finish(State.DONE, "Export finished", ArchiveSummary.exported(counts)
                        + " The archive is " + target.getFileName() + " in " + target.getParent() + "."))
                .onError(ArchiveStopped.class, stopped -> finish(State.STOPPED, "Export stopped", stopped.getMessage()))
                .onError(ExchangeException.class, error -> finish(State.FAILED, "Export failed", error.getMessage()))
                .onError(JournalException.class, error -> finish(State.FAILED, "Export failed", error.getMessage()))
                .onError(error -> unexpected("Export failed", error, "Kith could not write the archive. No file was left behind."))
                .start();
    }

    /**
     * Writes people as vCard or CSV, replacing the file (the save dialog has asked about that).
     *
     * @param people whom to write, or null for everyone
     */
    public void exportContacts(Path target, ContactsExport.Format format, List<UUID> people) {
        begin(target, "Exporting people as " + format.label(), "Getting ready…");
        tasks.read(context -> {
            ContactsExport export = new ContactsExport(journal, clock);
            List<Person> chosen = people == null ? export.people((String) null) : export.people(people);
            return export.export(target, format, chosen, true, writing(context));
        })
                .onProgress(progress -> showProgress(progress.message(), progress.fraction()))
                .onSuccess(count -> finish(State.DONE, "Export finished", "Exported "
                        + ArchiveSummary.number(count) + (count == 1 ? " person" : " people") + " as "
                        + format.label() + ". The file is " + target.getFileName() + " in " + target.getParent() + "."))
                .onError(ContactsExport.Stopped.class, stopped -> finish(State.STOPPED, "Export stopped",
                        stopped.getMessage()))
                .onError(ExchangeException.class, error -> finish(State.FAILED, "Export failed", error.getMessage()))
                .onError(JournalException.class, error -> finish(State.FAILED, "Export failed", error.getMessage()))
                .onError(error -> unexpected("Export failed", error, "Kith could not write the file. No file was left"
                        + " behind."))
                .start();
    }

    /** Reads the archive into the journal, all or nothing. */
    public void importFrom(Path source) {
        begin(source, "Importing an archive", "Getting ready…");
        tasks.write(context -> new ArchiveImport(journal).importFile(source, watching(context)))
                .onProgress(progress -> showProgress(progress.message(), progress.fraction()))
                .onSuccess(done -> {
                    finish(State.DONE, "Import finished", ArchiveSummary.imported(done));
                    if (!done.changedNothing()) {
                        imported.run();
                    }
                })
                .onError(ArchiveStopped.class, stopped -> finish(State.STOPPED, "Import stopped", stopped.getMessage()))
                .onError(ArchiveException.class, this::refused)
                .onError(ExchangeException.class, error -> finish(State.FAILED, "Import failed", error.getMessage()))
                .onError(JournalException.class, error -> finish(State.FAILED, "Import failed", error.getMessage()
                        + " Nothing was imported."))
                .onError(error -> unexpected("Import failed", error,
                        "Kith could not import the archive. Nothing was imported; the journal is as it was."))
                .start();
    }

    /** Asks the work to stop; it stops at its next good point, and nothing of it remains. */
    public void stop() {
        if (state.get() == State.WORKING) {
            stopAsked.set(true);
            stopping.set(true);
            message.set("Stopping…");
        }
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** "Importing an archive", "Exporting the journal"; at the end, e.g. "Import finished". */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** What the work is doing right now, e.g. "Saving into the journal… 12,000 of 56,113 entries". */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** How far the current step has come, 0 to 1, or -1 when it cannot be told. */
    public ReadOnlyDoubleProperty fractionProperty() {
        return fraction.getReadOnlyProperty();
    }

    /** True once a stop was asked, until the work answers. */
    public ReadOnlyBooleanProperty stoppingProperty() {
        return stopping.getReadOnlyProperty();
    }

    /** The sentence at the end: the summary, why it failed, or that it stopped. */
    public ReadOnlyStringProperty outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    /** A refused archive's problems, each saying where it is (e.g. {@code interactions[41].channel: …}). */
    public ObservableList<String> problems() {
        return FXCollections.unmodifiableObservableList(problems);
    }

    /** The archive read or written. */
    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    private void begin(Path target, String heading, String first) {
        if (state.get() == State.WORKING) {
            throw new IllegalStateException("One import or export at a time");
        }
        stopAsked.set(false);
        stopping.set(false);
        problems.clear();
        outcome.set("");
        file.set(target);
        title.set(heading);
        showProgress(first, -1);
        state.set(State.WORKING);
    }

    private void showProgress(String text, double share) {
        if (!stopping.get()) {
            message.set(text);
        }
        fraction.set(share);
    }

    private void finish(State end, String heading, String sentence) {
        stopping.set(false);
        title.set(heading);
        outcome.set(sentence);
        state.set(end);
    }

    private void refused(ArchiveException error) {
        problems.setAll(error.problems());
        int count = error.problems().size();
        finish(State.PROBLEMS, "Nothing was imported", (count == 1 ? "The archive has a problem" : "The archive has " + count + " problems")
                + ", so nothing was imported: the journal is as it was.");
    }

    private void unexpected(String heading, Throwable error, String sentence) {
        LOG.error("{}", heading, error);
        finish(State.FAILED, heading, sentence);
    }

    /** A contacts export's progress in words, and the stop button's question. */
    private ContactsExport.Progress writing(TaskContext context) {
        return new ContactsExport.Progress() {
            @Override
            public void written(int done, int total) {
                context.progress(done, total, "Writing… " + ArchiveSummary.number(done) + " of "
                        + ArchiveSummary.number(total) + (total == 1 ? " person" : " people"));
            }

            @Override
            public boolean stopRequested() {
                return stopAsked.get();
            }
        };
    }

    /** The work's progress as words for the dialog, and the stop button's question. */
    private ArchiveProgress watching(TaskContext context) {
        return new ArchiveProgress() {
            @Override
            public void update(Step step, long done, long total) {
                context.progress(done, total, ProgressWords.of(step, done, total));
            }

            @Override
            public boolean stopRequested() {
                return stopAsked.get();
            }
        };
    }
}
