package app.kith.ui.person;

import app.kith.domain.FollowUp;
import app.kith.domain.InvalidValueException;
import app.kith.store.Journal;
import app.kith.store.JournalException;
import app.kith.ui.common.FollowUpMarks;
import app.kith.ui.common.JournalChanges;
import app.kith.ui.common.RelativeDays;
import app.kith.ui.common.TaskRunner;
import app.kith.ui.common.UndoOffer;
import app.kith.ui.common.Work;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The person's follow-ups: what is still to do (soonest first, the late ones marked), then what
 * was done; adding one, ticking one off (and back), deleting one with a way back.
 */
public final class FollowUpsViewModel {

    /** Where a follow-up stands as of today. */
    public enum State { OVERDUE, DUE_TODAY, UPCOMING, DONE }

    /**
     * A follow-up as the list shows it.
     *
     * @param when the due day in words: "today", "3 days ago", "12 Dec 2026"
     */
    public record Item(FollowUp followUp, State state, String when) {

        public UUID id() {
            return followUp.id();
        }

        public String text() {
            return followUp.text();
        }

        public boolean done() {
            return followUp.done();
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(FollowUpsViewModel.class);
    /** Open ones first, soonest due first; then the done ones, latest first. */
    private static final Comparator<FollowUp> ORDER = Comparator.comparing(FollowUp::done)
            .thenComparing((a, b) -> a.done() ? b.due().compareTo(a.due()) : a.due().compareTo(b.due()));

    private final TaskRunner tasks;
    private final JournalChanges changes;
    private final UndoOffer undo;
    private final Clock clock;
    private final RelativeDays days;
    private final FollowUpMarks marks;
    private final SectionReading<List<FollowUp>> reading;

    private final ObservableList<Item> items = FXCollections.observableArrayList();
    /** Held here: a read-only view only listens to its list weakly, and would be collected with its listeners. */
    private final ObservableList<Item> itemsView = FXCollections.unmodifiableObservableList(items);
    private final ObjectProperty<LocalDate> newDue = new SimpleObjectProperty<>();
    private final StringProperty newText = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper newError = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper writeError = new ReadOnlyStringWrapper();

    public FollowUpsViewModel(TaskRunner tasks, ObservableValue<Journal> journal, JournalChanges changes, Clock clock,
                              UndoOffer undo, Locale locale) {
        this.tasks = tasks;
        this.changes = changes;
        this.undo = undo;
        this.clock = clock;
        this.days = new RelativeDays(locale);
        this.marks = new FollowUpMarks(tasks, changes, undo);
        this.reading = new SectionReading<>(tasks, journal, changes,
                (open, person) -> open.followUps().forPerson(person), this::showFollowUps,
                "Kith could not read this person's follow-ups.");
        newDue.set(LocalDate.now(clock).plusWeeks(1));
        newText.addListener((observable, was, now) -> newError.set(null));
    }

    public void show(UUID person) {
        if (person == null || !person.equals(reading.person())) {
            newText.set("");
            newError.set(null);
            writeError.set(null);
        }
        reading.show(person);
    }

    /** Open follow-ups first, soonest due first; then the done ones. */
    public ObservableList<Item> items() {
        return itemsView;
    }

    /** The due day of the follow-up to add; a week from today to begin with. */
    public ObjectProperty<LocalDate> newDueProperty() {
        return newDue;
    }

    /** What to do, for the follow-up to add. */
    public StringProperty newTextProperty() {
        return newText;
    }

    /** What is wrong with the follow-up to add, in a sentence, or null. */
    public ReadOnlyStringProperty newErrorProperty() {
        return newError.getReadOnlyProperty();
    }

    /** Why a change could not be saved, or null. */
    public ReadOnlyStringProperty writeErrorProperty() {
        return writeError.getReadOnlyProperty();
    }

    /** Why the follow-ups could not be read, or null. */
    public ReadOnlyStringProperty problemProperty() {
        return reading.problemProperty();
    }

    /** Adds the follow-up described by the date and the text; the text is emptied once it is saved. */
    public void add() {
        UUID person = reading.person();
        if (person == null) {
            return;
        }
        FollowUp followUp = check(person);
        if (followUp == null) {
            return;
        }
        write(journal -> journal.followUps().add(followUp), () -> newText.set(""),
                "Kith could not add the follow-up.");
    }

    /** Ticks a follow-up off, or (unticked) puts it back on the list. */
    public void markDone(UUID id, boolean done) {
        Journal journal = reading.journal();
        if (journal != null) {
            marks.mark(journal, id, done, writeError::set);
        }
    }

    /** Deletes a follow-up and offers to bring it back. */
    public void delete(UUID id) {
        Journal journal = reading.journal();
        if (journal == null) {
            return;
        }
        tasks.write(context -> journal.followUps().delete(id))
                .onSuccess(deleted -> {
                    writeError.set(null);
                    changes.changed();
                    undo.offer("Deleted the follow-up \u201c" + deleted.text() + "\u201d",
                            () -> write(open -> open.followUps().add(deleted), () -> { },
                                    "Kith could not bring the follow-up back."));
                })
                .onError(JournalException.class, error -> writeError.set(error.getMessage()))
                .onError(error -> failed("Kith could not delete the follow-up.", error))
                .start();
    }

    /** A write in the background, after which every screen reads again. */
    private void write(JournalWrite change, Runnable then, String failure) {
        Journal journal = reading.journal();
        if (journal == null) {
            return;
        }
        Work<Void> work = context -> {
            change.apply(journal);
            return null;
        };
        tasks.write(work)
                .onSuccess(nothing -> {
                    writeError.set(null);
                    then.run();
                    changes.changed();
                })
                .onError(JournalException.class, error -> writeError.set(error.getMessage()))
                .onError(error -> failed(failure, error))
                .start();
    }

    private void failed(String sentence, Throwable error) {
        LOG.error(sentence, error);
        writeError.set(sentence);
    }

    private FollowUp check(UUID person) {
        if (newDue.get() == null) {
            newError.set("Pick the day it is due.");
            return null;
        }
        String text = newText.get();
        if (text == null || text.isBlank()) {
            newError.set("Say what to do.");
            return null;
        }
        try {
            FollowUp followUp = FollowUp.create(person, newDue.get(), text);
            newError.set(null);
            return followUp;
        } catch (InvalidValueException e) {
            String message = e.getMessage();
            newError.set(Character.toUpperCase(message.charAt(0)) + message.substring(1) + ".");
            return null;
        }
    }

    private void showFollowUps(List<FollowUp> followUps) {
        if (followUps == null) {
            items.clear();
            return;
        }
        LocalDate today = LocalDate.now(clock);
        items.setAll(followUps.stream().sorted(ORDER).map(followUp -> item(followUp, today)).toList());
    }

    private Item item(FollowUp followUp, LocalDate today) {
        State state = followUp.done() ? State.DONE
                : followUp.due().isBefore(today) ? State.OVERDUE
                : followUp.due().isEqual(today) ? State.DUE_TODAY : State.UPCOMING;
        return new Item(followUp, state, days.of(followUp.due(), today));
    }

    @FunctionalInterface
    private interface JournalWrite {
        void apply(Journal journal);
    }
}
