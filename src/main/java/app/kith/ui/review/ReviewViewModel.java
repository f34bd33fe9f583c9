package app.kith.ui.review;

import app.kith.domain.ReviewAction;
import app.kith.domain.ReviewDecision;
import app.kith.insight.PersonInsight;
import app.kith.store.Journal;
import app.kith.ui.common.EntryEditor;
import app.kith.ui.common.InsightReading;
import app.kith.ui.common.InsightSnapshot;
import app.kith.ui.common.JournalChanges;
import app.kith.ui.common.TaskRunner;
import app.kith.ui.common.UndoOffer;
import app.kith.ui.review.ReviewSession.Seat;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Review screen: "who haven't I talked to?" one person at a time. A session takes the first N of the queue in
 * the window's reading of the journal ({@link InsightSnapshot}), shows each person's card, and records one decision
 * per person as it is made (log, snooze, cadence, let go, skip), each carried out at once and announced, so that the
 * window and {@code kith review} agree at every step. Between sessions it shows what is waiting and the reviews held.
 */
public final class ReviewViewModel {

    /** What the screen shows. */
    public enum Phase { WAITING, READY, SESSION, SUMMARY }

    private static final Logger LOG = LoggerFactory.getLogger(ReviewViewModel.class);

    private final TaskRunner tasks;
    private final ObservableValue<Journal> journal;
    private final InsightSnapshot insight;
    private final DecisionWriter writer;
    private final UndoOffer undo;
    private final EntryEditor entries;
    private final Clock clock;
    private final Locale locale;
    private final ReviewWords words;
    private final ReviewHistoryModel history;

    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(Phase.WAITING);
    private final ReadOnlyIntegerWrapper waiting = new ReadOnlyIntegerWrapper();
    private final ReadOnlyBooleanWrapper nobodyYet = new ReadOnlyBooleanWrapper();
    private final ReadOnlyIntegerWrapper size = new ReadOnlyIntegerWrapper(10);
    private final ReadOnlyObjectWrapper<ReviewCard> card = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper progressShare = new ReadOnlyDoubleWrapper();
    private final ReadOnlyStringWrapper decided = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper canGoBack = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper endedEarly = new ReadOnlyBooleanWrapper();
    private final ObservableList<ReviewHistoryModel.Line> summaryLines = FXCollections.observableArrayList();
    private final ObservableList<ReviewHistoryModel.Line> summaryLinesShown =
            FXCollections.unmodifiableObservableList(summaryLines);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper();
    private final StringBinding waitingText = Bindings.createStringBinding(
            () -> nobodyYet.get() ? ReviewWords.NOBODY_YET : ReviewWords.waiting(waiting.get()), waiting, nobodyYet);
    private final StringBinding howItGoes = Bindings.createStringBinding(
            () -> ReviewWords.howItGoes(waiting.get(), size.get()), waiting, size);
    private final StringBinding left = Bindings.createStringBinding(() -> ReviewWords.left(waiting.get()), waiting);

    private ReviewSession session;
    private ReviewDetails details;
    private boolean active;
    private boolean startWhenRead;
    private boolean logging;

    /**
     * @param journal the open journal, null while none is
     * @param insight the window's reading of the journal: the queue and each person's insight come from it
     * @param changes told after every decision written, so that every screen and the snapshot read again
     * @param undo offers to take back a let go
     * @param entries opens the Log dialog for L
     */
    public ReviewViewModel(TaskRunner tasks, ObservableValue<Journal> journal, InsightSnapshot insight,
                           JournalChanges changes, UndoOffer undo, EntryEditor entries, Clock clock, Locale locale) {
        this.tasks = tasks;
        this.journal = journal;
        this.insight = insight;
        this.writer = new DecisionWriter(tasks, journal, changes, problem::set);
        this.undo = undo;
        this.entries = entries;
        this.clock = clock;
        this.locale = locale;
        this.words = new ReviewWords(locale);
        this.history = new ReviewHistoryModel(tasks, journal, locale);
        insight.readingProperty().addListener((observable, was, now) -> readingChanged(was, now));
        changes.revisionProperty().addListener((observable, was, now) -> {
            if (active && session == null) {
                history.refresh();
            }
        });
        readingChanged(null, insight.reading());
    }

    // ---- Shown and hidden ----------------------------------------------------------------------------

    /** The screen is shown: it catches up with the journal, and follows it while shown. */
    public void activate() {
        if (!active) {
            active = true;
            insight.refreshIfStale();
            readSize();
            if (session == null) {
                history.refresh();
            }
        }
    }

    public void deactivate() {
        active = false;
    }

    private void readingChanged(InsightReading was, InsightReading now) {
        if (now == null || was != null && was.journal() != now.journal()) {
            // Another journal (or none): a session of the last one ends where it is.
            session = null;
            details = null;
            card.set(null);
            if (active) {
                history.refresh();
            }
        }
        waiting.set(now == null ? 0 : now.insight().reviewQueue().size());
        nobodyYet.set(now != null && now.people().isEmpty());
        if (session == null) {
            phase.set(now == null ? Phase.WAITING : Phase.READY);
            if (now != null && startWhenRead) {
                start();
            }
        } else {
            show();
        }
    }

    private void readSize() {
        Journal open = journal.getValue();
        if (open != null) {
            tasks.read(context -> open.settings().reviewSize()).onSuccess(size::set)
                    .onError(error -> LOG.warn("Kith could not read the review's size", error)).start();
        }
    }

    // ---- The session -----------------------------------------------------------------------------------

    /**
     * Starts a session over the first N of the queue as of today (N: the setting, read now). Nothing when nobody is
     * waiting or a session is running; asked before the journal is read, it starts once it is.
     */
    public void start() {
        InsightReading reading = insight.reading();
        Journal open = journal.getValue();
        if (session != null) {
            return;
        }
        if (reading == null || open == null) {
            startWhenRead = true;
            return;
        }
        startWhenRead = false;
        tasks.read(context -> open.settings().reviewSize()).onSuccess(n -> {
            size.set(n);
            begin(insight.reading(), n);
        }).onError(error -> {
            LOG.error("Reading the review's size failed", error);
            problem.set("Kith could not start the review: it could not read the journal.");
        }).start();
    }

    private void begin(InsightReading reading, int n) {
        List<PersonInsight> queue = reading.insight().reviewQueue();
        if (session != null || queue.isEmpty()) {
            return;
        }
        session = new ReviewSession(reading.asOf(), queue.subList(0, Math.min(n, queue.size())).stream()
                .map(person -> new Seat(person.id(), person.person().name())).toList());
        problem.set(null);
        show();
    }

    /** L: the Log dialog with the person filled in; once saved, recorded as logged, and on to the next person. */
    public void log() {
        Seat seat = seat();
        if (seat == null || logging) {
            return;
        }
        logging = true;
        ReviewSession logged = session;
        entries.logConversation(List.of(seat.person()), saved -> {
            logging = false;
            if (saved != null && session == logged && logged.current() == seat) {
                decide(ReviewDecision.of(seat.person(), ReviewAction.LOGGED));
            }
        });
    }

    /** S: out of the review until the day (after today). */
    public void snooze(LocalDate until) {
        Seat seat = seat();
        if (seat != null) {
            if (!until.isAfter(today())) {
                problem.set("A snooze ends after today: choose a later day.");
                return;
            }
            decide(ReviewDecision.snoozed(seat.person(), until));
        }
    }

    /** C: the person's own cadence in days, or null to clear it. */
    public void cadence(Integer days) {
        Seat seat = seat();
        if (seat != null) {
            decide(ReviewDecision.cadence(seat.person(), days));
        }
    }

    /** G: archives the person; the window offers to undo it (the decision then reads "skipped"). */
    public void letGo() {
        Seat seat = seat();
        if (seat == null) {
            return;
        }
        ReviewSession held = session;
        ReviewDecision letGo = ReviewDecision.of(seat.person(), ReviewAction.LET_GO);
        decide(letGo);
        undo.offer("Let go of " + seat.name() + " (archived)", () -> {
            if (seat.decision() == letGo) {
                writer.write(held.revise(seat, ReviewDecision.of(seat.person(), ReviewAction.SKIPPED)));
                if (held == session) {
                    show();
                }
            }
        });
    }

    /** → or N: on to the next person; recorded as skipped unless something was decided for them already. */
    public void skip() {
        if (seat() != null) {
            writer.write(session.skip());
            show();
        }
    }

    /** ←: back to the previous person, whose decision may be changed. */
    public void back() {
        if (session != null && !logging && session.canGoBack()) {
            session.back();
            show();
        }
    }

    /** Esc: ends the session here; the summary says what was done. */
    public void end() {
        if (session != null && !logging && !session.over()) {
            session.end();
            show();
        }
    }

    /** Closes the summary: back to what is waiting and the reviews held. */
    public void done() {
        if (session != null && session.over()) {
            session = null;
            details = null;
            card.set(null);
            phase.set(Phase.READY);
            history.refresh();
        }
    }

    private void decide(ReviewDecision decision) {
        writer.write(session.decide(decision));
        show();
    }

    /** The person the session is at, or null (no session, or at its end): whom Ctrl+L logs with. */
    public UUID personShown() {
        Seat seat = seat();
        return seat == null ? null : seat.person();
    }

    /** The person shown, or null when no session is at a person (or the Log dialog is open). */
    private Seat seat() {
        return session == null || logging ? null : session.current();
    }

    // ---- What is shown ---------------------------------------------------------------------------------

    private void show() {
        Seat seat = session.current();
        canGoBack.set(session.canGoBack());
        if (seat == null) {
            showSummary();
            return;
        }
        phase.set(Phase.SESSION);
        progress.set((session.index() + 1) + " of " + session.size());
        progressShare.set((double) session.index() / session.size());
        decided.set(seat.decision() == null ? "" : words.decided(seat.decision()));
        if (details == null || !details.personId().equals(seat.person())) {
            details = ReviewDetails.loading(seat.person());
            readDetails(seat);
        }
        showCard(seat);
    }

    private void showCard(Seat seat) {
        InsightReading reading = insight.reading();
        PersonInsight theirs = reading == null ? null : reading.insight().find(seat.person()).orElse(null);
        card.set(theirs == null ? ReviewCards.gone(seat.person(), seat.name())
                : new ReviewCards(reading.asOf(), locale).card(theirs, details.ready() ? details : null,
                        reading.insight().followUpsDue()));
    }

    private void readDetails(Seat seat) {
        Journal open = journal.getValue();
        LocalDate today = today();
        tasks.read(context -> ReviewDetails.read(open, seat.person(), today))
                .onSuccess(read -> {
                    if (session != null && session.current() == seat) {
                        details = read;
                        showCard(seat);
                    }
                })
                .onError(error -> LOG.warn("Kith could not read the details of a person in review", error))
                .start();
    }

    private void showSummary() {
        phase.set(Phase.SUMMARY);
        endedEarly.set(session.endedEarly());
        summary.set(ReviewWords.summary(session.tally(), session.size(), session.endedEarly()));
        summaryLines.setAll(session.decided().stream()
                .map(seat -> new ReviewHistoryModel.Line(seat.name(), words.decision(seat.decision()))).toList());
    }

    /** What S offers: 1 week, 1 month, 3 months from today (and the view adds "a date…"). */
    public List<ReviewChoices.Snooze> snoozeChoices() {
        return ReviewChoices.snoozes(today(), locale);
    }

    /** What C offers for the person shown: their cadence now and Kith's suggestion; null when nobody is shown. */
    public ReviewChoices.CadenceChoice cadenceChoice() {
        Seat seat = seat();
        InsightReading reading = insight.reading();
        PersonInsight theirs = seat == null || reading == null ? null
                : reading.insight().find(seat.person()).orElse(null);
        return theirs == null ? null : ReviewChoices.cadence(theirs);
    }

    // ---- Properties --------------------------------------------------------------------------------------

    public ReadOnlyObjectProperty<Phase> phaseProperty() { return phase.getReadOnlyProperty(); }
    /** How many people are in the queue now. */
    public ReadOnlyIntegerProperty waitingProperty() { return waiting.getReadOnlyProperty(); }
    /** How many people a session takes (the setting). */
    public ReadOnlyIntegerProperty sizeProperty() { return size.getReadOnlyProperty(); }
    /** The person shown in a session. */
    public ReadOnlyObjectProperty<ReviewCard> cardProperty() { return card.getReadOnlyProperty(); }
    /** "4 of 10". */
    public ReadOnlyStringProperty progressProperty() { return progress.getReadOnlyProperty(); }
    /** How far the session has come, 0 to 1 (the people before the one shown). */
    public ReadOnlyDoubleProperty progressShareProperty() { return progressShare.getReadOnlyProperty(); }
    /** What was decided for the person shown when they were shown before, or "". */
    public ReadOnlyStringProperty decidedProperty() { return decided.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty canGoBackProperty() { return canGoBack.getReadOnlyProperty(); }
    /** "10 reviewed: 4 logged, 5 snoozed, 1 let go." */
    public ReadOnlyStringProperty summaryProperty() { return summary.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty endedEarlyProperty() { return endedEarly.getReadOnlyProperty(); }
    /** Each person of the finished session and what was decided. */
    public ObservableList<ReviewHistoryModel.Line> summaryLines() { return summaryLinesShown; }
    /** Why a decision could not be saved, or null. */
    public ReadOnlyStringProperty problemProperty() { return problem.getReadOnlyProperty(); }
    /** The reviews held. */
    public ReviewHistoryModel history() { return history; }
    /** "12 people are waiting for a conversation.", or the warm word when nobody is. */
    public StringBinding waitingTextProperty() { return waitingText; }
    /** What a review does, with how many it takes. */
    public StringBinding howItGoesProperty() { return howItGoes; }
    /** What is left in the queue, for the summary. */
    public StringBinding leftProperty() { return left; }
    /** The day it is: a date chosen for a snooze comes after it. */
    public LocalDate today() { return LocalDate.now(clock); }
}
