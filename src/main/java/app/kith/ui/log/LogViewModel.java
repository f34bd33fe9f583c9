package app.kith.ui.log;

import app.kith.domain.Channel;
import app.kith.domain.Depth;
import app.kith.domain.Favour;
import app.kith.domain.FavourDirection;
import app.kith.domain.Initiator;
import app.kith.domain.Interaction;
import app.kith.store.Journal;
import app.kith.store.PersonSummary;
import app.kith.ui.common.JournalChanges;
import app.kith.ui.common.TaskRunner;
import app.kith.ui.common.UndoOffer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The Log dialog: a conversation (or a favour on its own) being written or edited. The fields are checked
 * when saving, each message shown beside its field, and once shown a message follows the typing. Saving and
 * deleting run in the background as one transaction each; every success tells {@link JournalChanges}.
 */
public final class LogViewModel {

    /** A conversation with its favours and a follow-up, or one favour on its own. */
    public enum Mode { CONVERSATION, FAVOUR }

    private final JournalChanges changes;
    private final Clock clock;
    private final Locale locale;

    final ReadOnlyObjectWrapper<Mode> mode = new ReadOnlyObjectWrapper<>(Mode.CONVERSATION);
    final ReadOnlyBooleanWrapper editing = new ReadOnlyBooleanWrapper();
    final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper();
    final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    final ReadOnlyBooleanWrapper done = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<UUID> saved = new ReadOnlyObjectWrapper<>();

    final ObservableList<PersonChoice> people = FXCollections.observableArrayList();
    final StringProperty typed = new SimpleStringProperty("");
    final ObservableList<PersonChoice> suggestions = FXCollections.observableArrayList();
    private final ObservableList<PersonChoice> suggestionsShown = FXCollections.unmodifiableObservableList(suggestions);
    final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    final StringProperty time = new SimpleStringProperty("");
    final ObjectProperty<Channel> channel = new SimpleObjectProperty<>();
    final ObjectProperty<Depth> depth = new SimpleObjectProperty<>();
    final ObjectProperty<Initiator> initiatedBy = new SimpleObjectProperty<>();
    final StringProperty minutes = new SimpleStringProperty("");
    final StringProperty notes = new SimpleStringProperty("");
    final ObservableList<FavourForm> favours = FXCollections.observableArrayList();
    /** Kept, not made per call: a view's listener on a throwaway wrapper would be collected with it. */
    private final ObservableList<FavourForm> favoursShown = FXCollections.unmodifiableObservableList(favours);
    final ObjectProperty<LocalDate> followUpDate = new SimpleObjectProperty<>();
    final StringProperty followUpText = new SimpleStringProperty("");
    /** Whose follow-up it is, among the entry's people: the first one unless another is chosen. */
    final ObjectProperty<PersonChoice> followUpPerson = new SimpleObjectProperty<>();

    final ReadOnlyStringWrapper peopleError = new ReadOnlyStringWrapper();
    final ReadOnlyStringWrapper dateError = new ReadOnlyStringWrapper();
    final ReadOnlyStringWrapper timeError = new ReadOnlyStringWrapper();
    final ReadOnlyStringWrapper channelError = new ReadOnlyStringWrapper();
    final ReadOnlyStringWrapper depthError = new ReadOnlyStringWrapper();
    final ReadOnlyStringWrapper minutesError = new ReadOnlyStringWrapper();
    final ReadOnlyStringWrapper followUpError = new ReadOnlyStringWrapper();
    final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper();

    /** The entry being edited (null for a new one): its id and the link a favour keeps to its conversation. */
    private Interaction editedInteraction;
    private Favour editedFavour;
    private boolean dateUnreadable;
    private PeopleMatcher matcher = new PeopleMatcher(List.of());
    private final EntryWrites writes;

    public LogViewModel(TaskRunner tasks, Journal journal, JournalChanges changes, UndoOffer undo, Clock clock,
                        Locale locale) {
        this.changes = changes;
        this.clock = clock;
        this.locale = locale;
        this.writes = new EntryWrites(tasks, journal, changes, undo);
        date.set(today());
        typed.addListener((observable, was, now) -> suggest());
        people.addListener((ListChangeListener<PersonChoice>) change -> {
            keepFavoursWithThePeople();
            keepTheFollowUpWithThePeople();
        });
        recheckOnChange();
    }

    // ---- Starting ------------------------------------------------------------------------------------

    /** A new conversation, with these people already picked. */
    public void startConversation(List<UUID> with) {
        load(Mode.CONVERSATION, found -> with.stream().map(found::get).filter(java.util.Objects::nonNull)
                .map(PersonChoice::of).forEach(people::add));
    }

    /** A new favour on its own, with this person picked (null: no one yet). */
    public void startFavour(UUID with) {
        load(Mode.FAVOUR, found -> {
            if (with != null && found.get(with) != null) {
                people.add(PersonChoice.of(found.get(with)));
            }
            addFavour(FavourDirection.GIVEN);
        });
    }

    /** The conversation with this id, filled in for editing. */
    public void editInteraction(UUID id) {
        mode.set(Mode.CONVERSATION);
        writes.readInteraction(id, this::fillInteraction, problem::set);
    }

    /** The favour with this id, filled in for editing. */
    public void editFavour(UUID id) {
        mode.set(Mode.FAVOUR);
        writes.readFavour(id, this::fillFavour, problem::set);
    }

    /** Reads everyone (for the suggestions) in the background, then fills the form with what was found. */
    private void load(Mode asked, Consumer<Map<UUID, PersonSummary>> fill) {
        mode.set(asked);
        writes.readDirectory(found -> {
            fill.accept(found);
            directoryRead(found.values());
        }, problem::set);
    }

    private void fillInteraction(EntryWrites.Found found) {
        Interaction interaction = found.interaction();
        editedInteraction = interaction;
        interaction.people().stream().map(found::choice).forEach(people::add);
        date.set(interaction.date());
        time.set(interaction.time() == null ? "" : interaction.time().toString());
        channel.set(interaction.channel());
        depth.set(interaction.depth());
        initiatedBy.set(interaction.initiatedBy());
        minutes.set(interaction.minutes() == null ? "" : interaction.minutes().toString());
        notes.set(interaction.notes() == null ? "" : interaction.notes());
        found.favours().forEach(f -> favours.add(new FavourForm(f, found.choice(f.person()))));
        edited(found);
    }

    private void fillFavour(EntryWrites.Found found) {
        Favour favour = found.favours().get(0);
        editedFavour = favour;
        PersonChoice whose = found.choice(favour.person());
        people.add(whose);
        date.set(favour.date());
        favours.add(new FavourForm(favour, whose));
        edited(found);
    }

    private void edited(EntryWrites.Found found) {
        editing.set(true);
        directoryRead(found.everyone().values());
    }

    private void directoryRead(Collection<PersonSummary> everyone) {
        matcher = new PeopleMatcher(List.copyOf(everyone));
        ready.set(true);
    }

    // ---- People --------------------------------------------------------------------------------------

    /** Picks a suggested (or new) person and clears what was typed. */
    public void pick(PersonChoice choice) {
        if (choice == null || people.stream().anyMatch(p -> p.id().equals(choice.id()))) {
            return;
        }
        if (mode.get() == Mode.FAVOUR) {
            people.clear();
        }
        people.add(choice);
        typed.set("");
    }

    /** Enter in the people field: picks the first suggestion, which is a new person when no one matches. */
    public boolean pickTyped() {
        if (suggestions.isEmpty()) {
            return false;
        }
        pick(suggestions.get(0));
        return true;
    }

    public void remove(PersonChoice choice) {
        people.remove(choice);
    }

    private void suggest() {
        String text = typed.get();
        List<PersonChoice> found = matcher.suggest(text, people.stream().map(PersonChoice::id).toList())
                .stream().map(PersonChoice::of).toList();
        suggestions.setAll(found);
        boolean newName = text != null && !text.isBlank() && !matcher.hasExactly(text)
                && people.stream().noneMatch(p -> p.name().equalsIgnoreCase(text.strip()));
        if (newName) {
            suggestions.add(PersonChoice.fresh(text));
        }
    }

    /** Favours belong to the entry's people: with one person every favour is theirs. */
    private void keepFavoursWithThePeople() {
        for (FavourForm favour : favours) {
            PersonChoice whose = favour.personProperty().get();
            if (whose == null || !people.contains(whose)) {
                favour.personProperty().set(people.size() == 1 ? people.get(0) : null);
            }
        }
    }

    /** A follow-up belongs to one of the entry's people; when theirs leaves the entry, the first one's. */
    private void keepTheFollowUpWithThePeople() {
        PersonChoice whose = followUpPerson.get();
        if (whose == null || !people.contains(whose)) {
            followUpPerson.set(people.isEmpty() ? null : people.get(0));
        }
    }

    // ---- Favours -------------------------------------------------------------------------------------

    /** Adds a favour row, for the only person when there is one. */
    public FavourForm addFavour(FavourDirection direction) {
        FavourForm favour = new FavourForm(direction);
        if (people.size() == 1) {
            favour.personProperty().set(people.get(0));
        }
        favours.add(favour);
        return favour;
    }

    public void removeFavour(FavourForm favour) {
        if (mode.get() == Mode.CONVERSATION) {
            favours.remove(favour);
        }
    }

    // ---- Checks --------------------------------------------------------------------------------------

    /** The dialog's values now, for the checks. */
    private EntryDraft draft() {
        return new EntryDraft(mode.get(), List.copyOf(people), date.get(), dateUnreadable, time.get(),
                channel.get(), depth.get(), initiatedBy.get(), minutes.get(), notes.get(), followUpDate.get(),
                followUpText.get(), followUpPerson.get(), List.copyOf(favours),
                editedInteraction == null ? null : editedInteraction.id(),
                editedFavour == null ? null : editedFavour.interaction(), today());
    }

    /** Once a message is shown, its field is checked again on every change, so it goes once the field is right. */
    private void recheckOnChange() {
        again(peopleError, () -> EntryChecks.people(draft()), people);
        again(dateError, () -> EntryChecks.date(draft()), date);
        again(timeError, () -> EntryChecks.time(time.get()), time);
        again(channelError, () -> EntryChecks.channel(channel.get()), channel);
        again(depthError, () -> EntryChecks.depth(depth.get()), depth);
        again(minutesError, () -> EntryChecks.minutes(minutes.get()), minutes);
        again(followUpError, () -> EntryChecks.followUp(draft()), followUpDate, followUpText);
    }

    private static void again(ReadOnlyStringWrapper error, Supplier<String> check, Observable... fields) {
        for (Observable field : fields) {
            field.addListener(observable -> {
                if (error.get() != null) {
                    error.set(check.get());
                }
            });
        }
    }

    private void show(EntryChecks.Messages messages) {
        peopleError.set(messages.people());
        dateError.set(messages.date());
        if (mode.get() == Mode.CONVERSATION) {
            timeError.set(messages.time());
            channelError.set(messages.channel());
            depthError.set(messages.depth());
            minutesError.set(messages.minutes());
        }
        followUpError.set(messages.followUp());
    }

    // ---- Commands ------------------------------------------------------------------------------------

    /** The date field's text could not be read as a date; saving is refused until it is put right. */
    public void dateNotUnderstood(boolean unreadable) {
        dateUnreadable = unreadable;
        if (unreadable || dateError.get() != null) {
            dateError.set(EntryChecks.date(draft()));
        }
    }

    /** Checks every field and, when all is well, writes the entry in one transaction. */
    public void save() {
        if (busy.get() || done.get() || !ready.get()) {
            return;
        }
        EntryChecks.Verdict verdict = EntryChecks.checkAll(draft());
        show(verdict.messages());
        if (verdict.problem() != null) {
            problem.set(verdict.problem());
        }
        EntryChecks.Checked entry = verdict.entry();
        if (entry != null) {
            busy.set(true);
            problem.set(null);
            boolean revise = entry.interaction() != null ? editedInteraction != null : editedFavour != null;
            writes.save(entry, revise, what(), id -> {
                saved.set(id);
                finished();
            }, this::stopped);
        }
    }

    /** Deletes the entry being edited, with its favours, and offers to undo it. */
    public void delete() {
        if (editing.get() && !busy.get() && !done.get()) {
            busy.set(true);
            problem.set(null);
            String message = EntryWords.deleted(what(), people.stream().map(PersonChoice::name).toList(),
                    date.get() == null ? today() : date.get(), today(), locale);
            writes.delete(editedInteraction == null ? null : editedInteraction.id(),
                    editedFavour == null ? null : editedFavour.id(), what(), message, this::finished, this::stopped);
        }
    }

    private String what() {
        return mode.get() == Mode.FAVOUR ? "favour" : "conversation";
    }

    private void finished() {
        busy.set(false);
        done.set(true);
        changes.changed();
    }

    private void stopped(String message) {
        busy.set(false);
        problem.set(message);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    // ---- Properties ----------------------------------------------------------------------------------

    public ReadOnlyObjectProperty<Mode> modeProperty() { return mode.getReadOnlyProperty(); }
    /** True while editing an entry already in the journal (Delete is offered). */
    public ReadOnlyBooleanProperty editingProperty() { return editing.getReadOnlyProperty(); }
    /** True once everyone (and the entry to edit) has been read: the form can be used. */
    public ReadOnlyBooleanProperty readyProperty() { return ready.getReadOnlyProperty(); }
    /** True while a save or delete runs. */
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    /** The id of the conversation (or favour) once saved; null until then, and after a delete. */
    public ReadOnlyObjectProperty<UUID> savedProperty() { return saved.getReadOnlyProperty(); }
    /** True once saved or deleted: the dialog closes. */
    public ReadOnlyBooleanProperty doneProperty() { return done.getReadOnlyProperty(); }
    public ObservableList<PersonChoice> people() { return people; }
    /** What is typed in the people field; the suggestions follow it. */
    public StringProperty typedProperty() { return typed; }
    public ObservableList<PersonChoice> suggestions() { return suggestionsShown; }
    public ObjectProperty<LocalDate> dateProperty() { return date; }
    public StringProperty timeProperty() { return time; }
    public ObjectProperty<Channel> channelProperty() { return channel; }
    public ObjectProperty<Depth> depthProperty() { return depth; }
    public ObjectProperty<Initiator> initiatedByProperty() { return initiatedBy; }
    public StringProperty minutesProperty() { return minutes; }
    public StringProperty notesProperty() { return notes; }
    public ObservableList<FavourForm> favours() { return favoursShown; }
    public ObjectProperty<LocalDate> followUpDateProperty() { return followUpDate; }
    public StringProperty followUpTextProperty() { return followUpText; }
    public ObjectProperty<PersonChoice> followUpPersonProperty() { return followUpPerson; }
    public ReadOnlyStringProperty peopleErrorProperty() { return peopleError.getReadOnlyProperty(); }
    public ReadOnlyStringProperty dateErrorProperty() { return dateError.getReadOnlyProperty(); }
    public ReadOnlyStringProperty timeErrorProperty() { return timeError.getReadOnlyProperty(); }
    public ReadOnlyStringProperty channelErrorProperty() { return channelError.getReadOnlyProperty(); }
    public ReadOnlyStringProperty depthErrorProperty() { return depthError.getReadOnlyProperty(); }
    public ReadOnlyStringProperty minutesErrorProperty() { return minutesError.getReadOnlyProperty(); }
    public ReadOnlyStringProperty followUpErrorProperty() { return followUpError.getReadOnlyProperty(); }
    /** Why loading, saving or deleting failed, in a sentence, or null. */
    public ReadOnlyStringProperty problemProperty() { return problem.getReadOnlyProperty(); }
}
