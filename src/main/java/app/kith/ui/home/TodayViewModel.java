package app.kith.ui.home;

import app.kith.insight.today.TodayEntries;
import app.kith.insight.today.TodayReport;
import app.kith.store.Journal;
import app.kith.store.JournalCounts;
import app.kith.ui.common.EntryEditor;
import app.kith.ui.common.FollowUpMarks;
import app.kith.ui.common.InsightReading;
import app.kith.ui.common.InsightSnapshot;
import app.kith.ui.common.JournalChanges;
import app.kith.ui.common.PeopleNavigator;
import app.kith.ui.common.ReadAhead;
import app.kith.ui.common.TaskRunner;
import app.kith.ui.common.UndoOffer;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.UUID;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Today screen: who to reach out to, follow-ups due, birthdays and dates coming up, the month mix and the
 * recent entries, made from the window's reading of the journal ({@link InsightSnapshot}) and Today's own reads
 * (dates, month mix, recent entries: {@link TodayEntries}, in the background), put together as {@link TodayReport}
 * does for {@code kith today}. While shown it takes each new reading and reads its own cards again after each
 * write; while hidden it does nothing and catches up when shown again. When the journal holds nobody, the
 * first-start page is shown instead.
 */
public final class TodayViewModel {

    /**
     * The open journal, its counts and folder, from the shell.
     *
     * @param open the open journal, null while none is: Today's own reads run on it
     * @param ahead Today's first read, begun at start-up before the journal was shown
     */
    public record JournalFacts(ObservableValue<Journal> open, ObservableValue<JournalCounts> counts,
                               ObservableValue<Path> folder, ObservableBooleanValue sample, ReadAhead ahead) {

        /** Facts with nothing read ahead. */
        public JournalFacts(ObservableValue<Journal> open, ObservableValue<JournalCounts> counts,
                            ObservableValue<Path> folder, ObservableBooleanValue sample) {
            this(open, counts, folder, sample, ReadAhead.none());
        }
    }

    /**
     * Where Today's items lead: a person's page, the Log dialog, the review.
     *
     * @param startReview starts a review; null while the window has no Review screen (Start review is not shown)
     */
    public record Links(PeopleNavigator people, EntryEditor entries, Runnable startReview) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(TodayViewModel.class);

    private final InsightSnapshot insight;
    private final TaskRunner tasks;
    private final JournalFacts journal;
    private final Links links;
    private final FollowUpMarks marks;
    private final Clock clock;
    private final Locale locale;
    private final TodayItems words;

    private final ReadOnlyBooleanWrapper firstStart = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canStartReview = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper date = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper folderLine = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<TodayReport> report = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper prompt = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper moreWaiting = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper monthHeadline = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper();
    private final ObservableList<TodayItems.ReachOut> reachOut = FXCollections.observableArrayList();
    private final ObservableList<TodayItems.DueFollowUp> followUps = FXCollections.observableArrayList();
    private final ObservableList<TodayItems.Coming> comingUp = FXCollections.observableArrayList();
    private final ObservableList<TodayItems.Month> months = FXCollections.observableArrayList();
    private final ObservableList<TodayItems.Recent> recent = FXCollections.observableArrayList();

    private boolean active;
    /** The latest insight reading taken while shown. */
    private InsightReading taken;
    /** Today's own reads (dates, month mix, recent), the latest while shown, and the journal they are of. */
    private TodayEntries entries;
    private Journal entriesOf;
    /** Counts the reads of entries asked for: only the answer to the latest is kept. */
    private long asked;
    /** The journal and day of the latest read of entries asked for, done or under way. */
    private Journal askedOf;
    private LocalDate askedFor;

    public TodayViewModel(InsightSnapshot insight, TaskRunner tasks, JournalFacts journal, Links links,
                          JournalChanges changes, UndoOffer undo, Clock clock, Locale locale) {
        this.insight = insight;
        this.tasks = tasks;
        this.journal = journal;
        this.links = links;
        this.marks = new FollowUpMarks(tasks, changes, undo);
        this.clock = clock;
        this.locale = locale;
        this.words = new TodayItems(locale);
        canStartReview.set(links.startReview() != null);
        journal.counts().addListener((observable, was, now) -> updateJournal());
        journal.folder().addListener((observable, was, now) -> updateJournal());
        journal.sample().addListener((observable, was, now) -> updateJournal());
        insight.readingProperty().addListener((observable, was, now) -> {
            if (now == null || was != null && was.journal() != now.journal()) {
                // Another journal (or none): nothing of the last one stays on screen.
                taken = null;
                entries = null;
                entriesOf = null;
                askedOf = null;
                asked++;
                show(null);
            }
            if (active) {
                take(now);
            }
        });
        // After a write Today's own reads start at once, beside the snapshot's new reading rather than after it.
        changes.revisionProperty().addListener((observable, was, now) -> {
            if (active) {
                readEntries();
            }
        });
        updateJournal();
    }

    /**
     * Today is shown: it reads its own cards in the background at once, beside the snapshot's reading when that
     * is still to come, and shows them with the latest reading; then each new reading while it stays shown.
     */
    public void activate() {
        if (!active) {
            active = true;
            date.set(LocalDate.now(clock).format(DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL)
                    .withLocale(locale)));
            insight.refreshIfStale();
            readEntries();
            take(insight.reading());
        }
    }

    /** Today is hidden: it leaves new readings and writes alone until shown again. */
    public void deactivate() {
        active = false;
    }

    private void take(InsightReading reading) {
        if (reading == null || reading == taken) {
            return;
        }
        taken = reading;
        if (askedOf != reading.journal() || !reading.asOf().equals(askedFor)) {
            readEntries();
        }
        combine();
    }

    private void readEntries() {
        Journal open = journal.open().getValue();
        if (open == null) {
            return;
        }
        LocalDate day = LocalDate.now(clock);
        long ask = ++asked;
        askedOf = open;
        askedFor = day;
        tasks.read(context -> journal.ahead().today(open, day))
                .onSuccess(read -> {
                    if (ask == asked && open == journal.open().getValue()) {
                        problem.set(null);
                        entries = read;
                        entriesOf = open;
                        combine();
                    }
                })
                .onError(error -> {
                    LOG.error("Reading Today failed", error);
                    if (ask == asked) {
                        problem.set("Kith could not read what Today shows.");
                    }
                })
                .start();
    }

    /** Shows the latest reading with Today's own reads, once both are there, of the same journal and day. */
    private void combine() {
        if (taken != null && entries != null && entriesOf == taken.journal()
                && entries.asOf().equals(taken.asOf())) {
            show(TodayReport.of(taken.insight(), entries));
        }
    }

    private void show(TodayReport read) {
        report.set(read);
        if (read == null) {
            prompt.set("");
            moreWaiting.set("");
            monthHeadline.set("");
            reachOut.clear();
            followUps.clear();
            comingUp.clear();
            months.clear();
            recent.clear();
            return;
        }
        prompt.set(words.prompt(read));
        moreWaiting.set(TodayItems.moreWaiting(read));
        monthHeadline.set(words.monthHeadline(read));
        reachOut.setAll(words.reachOut(read));
        followUps.setAll(words.followUps(read));
        comingUp.setAll(words.comingUp(read));
        months.setAll(words.months(read));
        recent.setAll(words.recent(read));
    }

    /** Opens the person on the People screen. */
    public void openPerson(UUID person) {
        links.people().showPerson(person);
    }

    /** Opens the conversation in the Log dialog. */
    public void openEntry(UUID interaction) {
        links.entries().editInteraction(interaction);
    }

    /** Goes to the review. */
    public void startReview() {
        if (links.startReview() != null) {
            links.startReview().run();
        }
    }

    /** True when the window can start a review from here. */
    public ReadOnlyBooleanProperty canStartReviewProperty() {
        return canStartReview.getReadOnlyProperty();
    }

    /** Ticks the follow-up off at once, with Undo offered; it leaves the list as soon as it is saved. */
    public void markDone(TodayItems.DueFollowUp item) {
        InsightReading reading = taken;
        if (reading == null) {
            return;
        }
        marks.markDoneWithUndo(reading.journal(), item.followUp(), sentence -> {
            problem.set(sentence);
            if (sentence == null) {
                followUps.remove(item);
            }
        });
    }

    private void updateJournal() {
        JournalCounts held = journal.counts().getValue();
        firstStart.set(held != null && held.isEmpty());
        summary.set(held == null ? "" : TodayFacts.summary(held, locale));
        Path where = journal.folder().getValue();
        boolean sample = journal.sample().get();
        folderLine.set(where == null ? "" : (sample ? "This sample journal is kept in " : "Your journal is kept in ")
                + where);
    }

    /** True when the journal holds nobody: the first-start page takes the screen's place. */
    public ReadOnlyBooleanProperty firstStartProperty() {
        return firstStart.getReadOnlyProperty();
    }

    /** Today's date in the user's locale, e.g. "Sunday, 22 November 2026". */
    public ReadOnlyStringProperty dateProperty() {
        return date.getReadOnlyProperty();
    }

    /** "1,000 people · 50,000 conversations · 5,000 favours · 312 follow-ups". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Where this journal is kept. */
    public ReadOnlyStringProperty folderLineProperty() {
        return folderLine.getReadOnlyProperty();
    }

    /** The latest report shown; null before the first one arrives. */
    public ReadOnlyObjectProperty<TodayReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    /** The quiet reminder that a review is due, or "". */
    public ReadOnlyStringProperty promptProperty() {
        return prompt.getReadOnlyProperty();
    }

    /** "3 more are waiting in the review", or "". */
    public ReadOnlyStringProperty moreWaitingProperty() {
        return moreWaiting.getReadOnlyProperty();
    }

    /** This month's and the year's conversations in a sentence. */
    public ReadOnlyStringProperty monthHeadlineProperty() {
        return monthHeadline.getReadOnlyProperty();
    }

    /** Why Today could not be read or a follow-up not marked, or null. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    ObservableList<TodayItems.ReachOut> reachOut() {
        return reachOut;
    }

    ObservableList<TodayItems.DueFollowUp> followUps() {
        return followUps;
    }

    ObservableList<TodayItems.Coming> comingUp() {
        return comingUp;
    }

    ObservableList<TodayItems.Month> months() {
        return months;
    }

    ObservableList<TodayItems.Recent> recent() {
        return recent;
    }
}
