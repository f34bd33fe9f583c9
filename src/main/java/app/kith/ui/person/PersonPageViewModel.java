package app.kith.ui.person;

import app.kith.domain.Interaction;
import app.kith.domain.Person;
import app.kith.store.Journal;
import app.kith.store.JournalException;
import app.kith.store.PersonRemoval;
import app.kith.ui.common.EntryEditor;
import app.kith.ui.common.JournalChanges;
import app.kith.ui.common.PeopleExporter;
import app.kith.ui.common.PersonEditor;
import app.kith.ui.common.TaskRunner;
import app.kith.ui.common.UndoOffer;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A person's page: who they are, read in the background whenever another person is chosen or the
 * journal changed, and what can be done with them. Deleting someone who has entries first asks
 * (see {@link DeleteQuestion}); every deletion can be undone for a few seconds.
 */
public final class PersonPageViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(PersonPageViewModel.class);

    private final TaskRunner tasks;
    private final ObservableValue<Journal> journal;
    private final JournalChanges changes;
    private final UndoOffer undo;
    private final EntryEditor entries;
    private final PersonEditor editor;
    private final PeopleExporter exporter;
    private final Consumer<UUID> reveal;
    private final Function<UUID, String> glanceOf;

    private final ObjectProperty<UUID> personId = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Person> person = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper glance = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<DeleteQuestion> question = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyIntegerWrapper journalReads = new ReadOnlyIntegerWrapper();
    private int reads;

    /**
     * @param exporter writes the person shown as a vCard file
     * @param reveal selects a person in the People list (the one brought back by Undo)
     * @param glanceOf a line of what the list knows of a person ("Ring 5 · Chat · Even · Active"), or null
     * @param glanceChanged tells when that line may have changed (the list was read again)
     */
    public PersonPageViewModel(TaskRunner tasks, ObservableValue<Journal> journal, JournalChanges changes,
                               UndoOffer undo, EntryEditor entries, PersonEditor editor, PeopleExporter exporter,
                               Consumer<UUID> reveal,
                               Function<UUID, String> glanceOf, Observable glanceChanged) {
        this.tasks = tasks;
        this.journal = journal;
        this.changes = changes;
        this.undo = undo;
        this.entries = entries;
        this.editor = editor;
        this.exporter = exporter;
        this.reveal = reveal;
        this.glanceOf = glanceOf;
        personId.addListener((observable, was, now) -> {
            question.set(null);
            problem.set(null);
            read(false);
        });
        changes.revisionProperty().addListener((observable, was, now) -> read(true));
        glanceChanged.addListener(changed -> refreshGlance());
    }

    /** The person shown (null: nobody is chosen). */
    public ObjectProperty<UUID> personIdProperty() {
        return personId;
    }

    /** The person read from the journal, with every detail; null while nobody is shown. */
    public ReadOnlyObjectProperty<Person> personProperty() {
        return person.getReadOnlyProperty();
    }

    /** Ring, kind, balance and status in one line, or "". */
    public ReadOnlyStringProperty glanceProperty() {
        return glance.getReadOnlyProperty();
    }

    /** Asked while a deletion waits for the user's choice; null otherwise. */
    public ReadOnlyObjectProperty<DeleteQuestion> questionProperty() {
        return question.getReadOnlyProperty();
    }

    /** What went wrong with the last action, as a sentence, or null. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /**
     * Grows each time the person was read again because the journal changed: the page's sections
     * read again then, even when the person's own fields stayed the same.
     */
    public ReadOnlyIntegerProperty journalReadsProperty() {
        return journalReads.getReadOnlyProperty();
    }

    /** True while an action is being written. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public void logConversation() {
        UUID id = personId.get();
        if (id != null) {
            entries.logConversation(List.of(id));
        }
    }

    public void logFavour() {
        UUID id = personId.get();
        if (id != null) {
            entries.logFavour(id);
        }
    }

    public void edit() {
        UUID id = personId.get();
        if (id != null) {
            editor.editPerson(id);
        }
    }

    /** The person shown as a vCard file, for an address book. */
    public void exportAsVCard() {
        Person shown = person.get();
        if (shown != null) {
            exporter.exportAsVCard(List.of(shown.id()), shown.name());
        }
    }

    /** Archives the person shown, or brings them back when they are archived. */
    public void toggleArchived() {
        Person shown = person.get();
        if (shown != null) {
            setArchived(shown, !shown.archived());
        }
    }

    /**
     * Deletes the person shown. Someone without conversations or favours goes at once (with Undo);
     * for anyone else the page asks first, through {@link #questionProperty()}.
     */
    public void delete() {
        Journal open = journal.getValue();
        Person shown = person.get();
        if (open == null || shown == null || busy.get()) {
            return;
        }
        busy.set(true);
        tasks.read(context -> question(open, shown)).onSuccess(asked -> {
            busy.set(false);
            if (asked.hasEntries()) {
                question.set(asked);
            } else {
                remove(open, shown, false);
            }
        }).onError(error -> failed(error, "Kith could not look at " + shown.name() + "'s entries.")).start();
    }

    /** The answer "delete them with what is theirs alone": shared conversations stay, without them. */
    public void deleteWithEntries() {
        DeleteQuestion asked = question.get();
        Journal open = journal.getValue();
        Person shown = person.get();
        question.set(null);
        if (asked != null && open != null && shown != null && shown.id().equals(asked.id())) {
            remove(open, shown, true);
        }
    }

    /** The answer "archive instead": nothing is deleted. */
    public void archiveInstead() {
        DeleteQuestion asked = question.get();
        Person shown = person.get();
        question.set(null);
        if (asked != null && shown != null && shown.id().equals(asked.id())) {
            setArchived(shown, true);
        }
    }

    /** The answer "keep them": nothing changes. */
    public void cancelDelete() {
        question.set(null);
    }

    /** Reads the glance line again (the list was read again). */
    public void refreshGlance() {
        UUID id = personId.get();
        String line = id == null ? null : glanceOf.apply(id);
        glance.set(line == null ? "" : line);
    }

    private void read(boolean journalChanged) {
        UUID id = personId.get();
        Journal open = journal.getValue();
        int asked = ++reads;
        if (id == null || open == null) {
            person.set(null);
            refreshGlance();
            return;
        }
        tasks.read(context -> open.people().get(id).orElse(null)).onSuccess(read -> {
            if (asked == reads) {
                person.set(read);
                refreshGlance();
                if (journalChanged && read != null) {
                    journalReads.set(journalReads.get() + 1);
                }
            }
        }).onError(error -> {
            LOG.error("Reading a person failed", error);
            if (asked == reads) {
                problem.set("Kith could not read this person from the journal.");
            }
        }).start();
    }

    /** Runs in the background: how deleting the person would touch the journal. */
    private static DeleteQuestion question(Journal open, Person shown) {
        int conversations = open.interactions().countForPerson(shown.id());
        int shared = 0;
        if (conversations > 0) {
            for (Interaction interaction : open.interactions().forPerson(shown.id(), 0, conversations)) {
                if (interaction.people().size() > 1) {
                    shared++;
                }
            }
        }
        int favours = open.favours().forPerson(shown.id()).size();
        return new DeleteQuestion(shown.id(), shown.name(), conversations, shared, favours);
    }

    private void remove(Journal open, Person shown, boolean withEntries) {
        busy.set(true);
        tasks.write(context -> withEntries ? open.people().deleteWithEntries(shown.id())
                        : open.people().delete(shown.id()))
                .onSuccess(removal -> {
                    busy.set(false);
                    changes.changed();
                    undo.offer("Deleted " + shown.name(), () -> restore(open, removal));
                })
                .onError(JournalException.class, error -> failed(error, error.getMessage()))
                .onError(error -> failed(error, "Kith could not delete " + shown.name() + "."))
                .start();
    }

    private void restore(Journal open, PersonRemoval removal) {
        if (open != journal.getValue()) {
            return;
        }
        String name = removal.person().name();
        tasks.write(context -> {
            open.people().restore(removal);
            return removal.person().id();
        }).onSuccess(id -> {
            changes.changed();
            reveal.accept(id);
        }).onError(error -> failed(error, "Kith could not bring " + name + " back.")).start();
    }

    private void setArchived(Person shown, boolean archived) {
        Journal open = journal.getValue();
        if (open == null) {
            return;
        }
        busy.set(true);
        tasks.write(context -> {
            open.people().setArchived(shown.id(), archived);
            return null;
        }).onSuccess(done -> {
            busy.set(false);
            changes.changed();
        }).onError(JournalException.class, error -> failed(error, error.getMessage()))
                .onError(error -> failed(error, "Kith could not " + (archived ? "archive " : "unarchive ")
                        + shown.name() + ".")).start();
    }

    private void failed(Throwable error, String sentence) {
        if (!(error instanceof JournalException)) {
            LOG.error("{}", sentence, error);
        }
        busy.set(false);
        problem.set(sentence);
    }
}
