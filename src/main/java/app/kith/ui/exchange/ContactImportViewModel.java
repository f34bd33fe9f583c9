package app.kith.ui.exchange;

import app.kith.domain.Person;
import app.kith.exchange.contacts.ContactsStopped;
import app.kith.exchange.csv.ColumnMapping;
import app.kith.exchange.imports.ContactImport;
import app.kith.exchange.imports.FilePreview;
import app.kith.exchange.imports.ImportPreview;
import app.kith.store.ContactImportResult;
import app.kith.store.ImportCandidate;
import app.kith.store.ImportProgress;
import app.kith.store.ImportStopped;
import app.kith.store.Journal;
import app.kith.store.JournalException;
import app.kith.store.MatchChoice;
import app.kith.store.MatchKeys;
import app.kith.store.PeopleMerge;
import app.kith.ui.common.TaskContext;
import app.kith.ui.common.TaskRunner;
import app.kith.ui.common.UndoOffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
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
 * File › Import contacts: the files read in the background into a preview (who would be added, the
 * matches with what would change and a choice each, the records rejected, the files refused), then
 * the import of the preview, all or nothing, with progress and Stop, a summary, and Undo in the
 * window's undo bar.
 */
public final class ContactImportViewModel {

    /** Where the import is. */
    public enum State { READING, PREVIEW, REFUSED, SAVING, DONE, STOPPED, FAILED }

    private static final Logger LOG = LoggerFactory.getLogger(ContactImportViewModel.class);

    private final TaskRunner tasks;
    private final Journal journal;
    private final Runnable imported;
    private final UndoOffer undo;
    private final AtomicBoolean stopAsked = new AtomicBoolean();

    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.READING);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper fraction = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyStringWrapper outcome = new ReadOnlyStringWrapper("");
    private final ObservableList<String> added = FXCollections.observableArrayList();
    private final ObservableList<MatchRow> matches = FXCollections.observableArrayList();
    private final ObservableList<String> rejected = FXCollections.observableArrayList();
    private final ObservableList<String> refused = FXCollections.observableArrayList();
    private final ObservableList<String> files = FXCollections.observableArrayList();
    private ImportPreview preview;

    /** @param imported runs on the FX thread after an import or its undo wrote (tell the screens) */
    public ContactImportViewModel(TaskRunner tasks, Journal journal, UndoOffer undo, Runnable imported) {
        this.tasks = tasks;
        this.journal = journal;
        this.undo = undo;
        this.imported = imported;
    }

    /** Reads the files into a preview; nothing is written. */
    public void preview(List<Path> sources) {
        files.setAll(sources.stream().map(p -> String.valueOf(p.getFileName())).toList());
        stopAsked.set(false);
        state.set(State.READING);
        message.set("Reading " + String.join(", ", files) + "…");
        tasks.read(context -> {
                    ImportPreview read = ContactImport.preview(sources, ColumnMapping.NONE, journal,
                            MatchKeys.ofDefaultLocale(), MatchChoice.MERGE, stopAsked::get);
                    return new Read(read, read.candidates().stream().map(c -> changes(c, read)).toList());
                })
                .onSuccess(this::show)
                .onError(ContactsStopped.class, stopped -> finish(State.STOPPED, stopped.getMessage()))
                .onError(JournalException.class, error -> finish(State.FAILED, error.getMessage()))
                .onError(error -> unexpected(error, "Kith could not read the files. Nothing was imported."))
                .start();
    }

    /** Imports the preview with the choices made, in one transaction. */
    public void importNow() {
        if (state.get() != State.PREVIEW) {
            return;
        }
        List<ImportCandidate> chosen = new ArrayList<>(preview.candidates());
        matches.forEach(row -> chosen.set(row.index(), row.chosen()));
        stopAsked.set(false);
        state.set(State.SAVING);
        message.set("Saving into the journal…");
        fraction.set(-1);
        tasks.write(context -> ContactImport.apply(journal, preview, chosen, saving(context)))
                .onProgress(progress -> {
                    message.set(progress.message());
                    fraction.set(progress.fraction());
                })
                .onSuccess(this::done)
                .onError(ImportStopped.class, stopped -> finish(State.STOPPED,
                        "The import was stopped: nothing was imported, the journal is as it was."))
                .onError(JournalException.class, error -> finish(State.FAILED, error.getMessage()
                        + " Nothing was imported."))
                .onError(error -> unexpected(error, "Kith could not import the contacts. Nothing was imported;"
                        + " the journal is as it was."))
                .start();
    }

    /** Asks the reading or the saving to stop; nothing of it remains. */
    public void stop() {
        if (state.get() == State.READING || state.get() == State.SAVING) {
            stopAsked.set(true);
            message.set("Stopping…");
        }
    }

    /** The preview, and what a merge would change for each of its candidates (read in the background). */
    private record Read(ImportPreview preview, List<List<String>> changes) {
    }

    private void show(Read done) {
        ImportPreview read = done.preview();
        preview = read;
        List<String> newPeople = new ArrayList<>();
        List<MatchRow> rows = new ArrayList<>();
        List<String> rejections = new ArrayList<>();
        int index = 0;
        for (FilePreview file : read.files()) {
            String name = String.valueOf(file.report().file().getFileName());
            if (file.report().archive() != null) {
                file.report().people().forEach(r -> newPeople.add(describe(r.person()) + " · " + name));
            }
            for (ImportCandidate candidate : file.candidates()) {
                if (candidate.match() == null) {
                    newPeople.add(describe(candidate.person()) + " · " + name);
                } else {
                    rows.add(new MatchRow(index, candidate, done.changes().get(index)));
                }
                index++;
            }
            file.report().rejected().forEach(r -> rejections.add(name + ", line " + r.line() + ": " + r.reason()));
        }
        added.setAll(newPeople);
        matches.setAll(rows);
        rejected.setAll(rejections);
        refused.setAll(read.refused().stream().map(ImportPreview.Refused::reason).toList());
        state.set(refused.isEmpty() ? State.PREVIEW : State.REFUSED);
    }

    /** Runs in the background: it may read the journal. */
    private List<String> changes(ImportCandidate candidate, ImportPreview read) {
        if (candidate.match() == null) {
            return List.of();
        }
        Person target = candidate.match().inJournal() ? journal.contacts().person(candidate.match().personId())
                : read.candidates().stream().map(ImportCandidate::person)
                        .filter(p -> p.id().equals(candidate.match().personId())).findFirst().orElse(null);
        return target == null ? List.of() : PeopleMerge.changes(target, candidate.person());
    }

    private void done(ContactImportResult result) {
        int merged = result.mergedBefore().size();
        String sentence = "Imported " + ArchiveSummary.number(result.outcome().peopleAdded())
                + (result.outcome().peopleAdded() == 1 ? " person" : " people")
                + (merged == 0 ? "" : "; merged details into " + merged + (merged == 1 ? " person" : " people")
                + " already in the journal") + ".";
        finish(State.DONE, sentence);
        imported.run();
        undo.offer("Imported " + result.added().size() + (result.added().size() == 1 ? " person" : " people"),
                () -> tasks.write(context -> {
                    journal.contacts().undo(result);
                    return null;
                }).onSuccess(nothing -> imported.run())
                        .onError(JournalException.class, error -> undo.failed(error.getMessage()))
                        .onError(error -> {
                            LOG.error("Undoing an import failed", error);
                            undo.failed("Kith could not undo the import.");
                        })
                        .start());
    }

    private void finish(State end, String sentence) {
        outcome.set(sentence);
        state.set(end);
    }

    private void unexpected(Throwable error, String sentence) {
        LOG.error("Importing contacts failed", error);
        finish(State.FAILED, sentence);
    }

    private ImportProgress saving(TaskContext context) {
        return new ImportProgress() {
            @Override
            public void saving(long done, long total) {
                context.progress(done, total, "Saving into the journal… " + ArchiveSummary.number(done) + " of "
                        + ArchiveSummary.number(total));
            }

            @Override
            public void scoring() {
                context.progress(0, 0, "Updating the scores of the people concerned…");
            }

            @Override
            public boolean stopRequested() {
                return stopAsked.get();
            }
        };
    }

    private static String describe(Person person) {
        return person.name() + (person.emails().isEmpty() ? "" : " · " + person.emails().get(0))
                + (person.organization() == null || person.organization().equals(person.name()) ? ""
                : " · " + person.organization());
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty fractionProperty() {
        return fraction.getReadOnlyProperty();
    }

    /** The sentence at the end: the summary, the stop, or the failure. */
    public ReadOnlyStringProperty outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    /** The people who would be added, e.g. "Maya Cole · maya@example.org · apple.vcf". */
    public ObservableList<String> added() {
        return added;
    }

    public ObservableList<MatchRow> matches() {
        return matches;
    }

    /** "apple.vcf, line 36: the card is a group …" */
    public ObservableList<String> rejected() {
        return rejected;
    }

    /** The sentences of the files that cannot be imported at all. */
    public ObservableList<String> refused() {
        return refused;
    }

    /** The names of the files read. */
    public ObservableList<String> files() {
        return files;
    }
}
