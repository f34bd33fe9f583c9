package app.kith.ui.pictures;

import app.kith.insight.JournalInsight;
import app.kith.insight.MonthEnds;
import app.kith.insight.RingMoves;
import app.kith.store.PersonSummary;
import app.kith.ui.common.InsightReading;
import app.kith.ui.common.InsightSnapshot;
import app.kith.ui.common.TaskRunner;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Which day the Map and the Rings show: today (the window's {@link InsightSnapshot}) or the end of one of the last
 * 24 months, each the insight model as of that day, worked out in the background and kept for the session
 * ({@link PastReadings}). Play steps month by month up to today. Both screens share one, so that they show the same
 * day; each says while it is shown whether it needs the moves between the rings (the insight 90 days earlier too).
 */
public final class AsOfViewModel {

    /**
     * What the pictures show.
     *
     * @param today true for today's reading, false for a past day
     * @param moves who moved between the rings in the 90 days up to the day; null while not worked out or not asked for
     * @param people everyone's summary (names, tags), as today
     */
    public record Moment(LocalDate day, boolean today, JournalInsight insight, RingMoves moves,
                         List<PersonSummary> people) {
    }

    private final InsightSnapshot snapshot;
    private final DateTimeFormatter longDate;
    private final DateTimeFormatter shortDate;
    private final PastReadings past;
    private final ObservableList<LocalDate> stops = FXCollections.observableArrayList();
    private final ObservableList<LocalDate> stopsView = FXCollections.unmodifiableObservableList(stops);
    private final ReadOnlyIntegerWrapper index = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyObjectWrapper<Moment> moment = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper away = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper banner = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper stopText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper();

    private InsightReading reading;
    private int users;
    private int movesUsers;

    public AsOfViewModel(TaskRunner tasks, InsightSnapshot snapshot, Locale locale) {
        this.snapshot = snapshot;
        this.longDate = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        this.shortDate = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        this.past = new PastReadings(tasks, this::update);
        snapshot.readingProperty().addListener((observable, was, now) -> {
            if (users > 0) {
                take(now);
            }
        });
    }

    /**
     * A picture is shown: it follows the day chosen, read from the latest reading of the journal.
     *
     * @param moves whether it shows the moves between the rings
     */
    public void activate(boolean moves) {
        users++;
        movesUsers += moves ? 1 : 0;
        snapshot.refreshIfStale();
        if (snapshot.reading() != reading) {
            take(snapshot.reading());
        } else {
            update();
        }
    }

    /** The picture is hidden; with no picture shown, Play stops and the decoded timelines are let go. */
    public void deactivate(boolean moves) {
        users = Math.max(0, users - 1);
        movesUsers = Math.max(0, movesUsers - (moves ? 1 : 0));
        if (users == 0) {
            playing.set(false);
            past.release();
        }
    }

    private void take(InsightReading latest) {
        boolean wasToday = index.get() < 0 || index.get() == stops.size() - 1;
        reading = latest;
        past.reset(latest == null ? null : latest.journal(), latest == null ? 0 : latest.insight().people().size());
        List<LocalDate> days = latest == null ? List.of() : MonthEnds.storyDays(latest.asOf());
        if (!days.equals(stops)) {
            stops.setAll(days);
        }
        index.set(wasToday || index.get() >= stops.size() ? stops.size() - 1 : index.get());
        update();
    }

    /** Shows the stop (0: the oldest month end; the last: today). */
    public void select(int stop) {
        if (stop >= 0 && stop < stops.size() && stop != index.get()) {
            index.set(stop);
            update();
        }
    }

    /** Steps month by month from the oldest (or from the day shown, when it is in the past) up to today. */
    public void play() {
        if (stops.isEmpty()) {
            return;
        }
        if (isToday(index.get())) {
            index.set(0);
        }
        playing.set(true);
        update();
    }

    public void pause() {
        playing.set(false);
    }

    public void togglePlay() {
        if (playing.get()) {
            pause();
        } else {
            play();
        }
    }

    /** One step of Play (the view calls it on its beat): the next month once it is worked out; today ends it. */
    public void advance() {
        if (!playing.get()) {
            return;
        }
        int next = index.get() + 1;
        if (next >= stops.size()) {
            playing.set(false);
        } else if (ready(next)) {
            index.set(next);
            playing.set(!isToday(next));
            update();
        }
    }

    /** Back to today (Esc); true when it was showing another day or playing. */
    public boolean backToToday() {
        boolean wasAway = away.get() || playing.get();
        playing.set(false);
        select(stops.size() - 1);
        return wasAway;
    }

    private boolean isToday(int stop) {
        return stop == stops.size() - 1;
    }

    private boolean ready(int stop) {
        if (isToday(stop)) {
            return true;
        }
        LocalDate day = stops.get(stop);
        return past.has(day) && (movesUsers == 0 || past.has(RingMoves.sinceFor(day)));
    }

    /** Shows what is known of the chosen day and asks for what is not. */
    private void update() {
        int stop = index.get();
        problem.set(past.problem());
        if (reading == null || stop < 0) {
            moment.set(null);
            away.set(false);
            banner.set(null);
            stopText.set("");
            return;
        }
        LocalDate day = stops.get(stop);
        boolean today = isToday(stop);
        JournalInsight insight = today ? reading.insight() : past.get(day);
        boolean complete = insight != null && (movesUsers == 0 || past.has(RingMoves.sinceFor(day)));
        if (insight != null && (complete || today)) {
            RingMoves moves = complete && movesUsers > 0 ? RingMoves.between(past.get(RingMoves.sinceFor(day)), insight)
                    : null;
            moment.set(new Moment(day, today, insight, moves, reading.people()));
        }
        working.set(!complete);
        away.set(!today);
        stopText.set(today ? "Today" : shortDate.format(day));
        banner.set(today ? null : "As of " + longDate.format(day) + (complete ? "" : " — working it out…"));
        if (users > 0) {
            past.want(wishes(stop));
        }
    }

    /**
     * The days to work out, most wanted first: the day shown (and 90 days before it, for the moves); while playing or
     * away from today, the following months in order and then the earlier ones, so that the slider moves at once.
     */
    private List<LocalDate> wishes(int stop) {
        List<Integer> order = new ArrayList<>();
        order.add(stop);
        if (playing.get() || !isToday(stop)) {
            for (int next = stop + 1; next < stops.size(); next++) {
                order.add(next);
            }
            for (int earlier = stop - 1; earlier >= 0; earlier--) {
                order.add(earlier);
            }
        }
        List<LocalDate> days = new ArrayList<>();
        for (int wanted : order) {
            LocalDate day = stops.get(wanted);
            if (!isToday(wanted)) {
                days.add(day);
            }
            if (movesUsers > 0) {
                days.add(RingMoves.sinceFor(day));
            }
        }
        return days;
    }

    /** The days the slider stops at: the last 24 month ends, then today. */
    public ObservableList<LocalDate> stops() {
        return stopsView;
    }

    /** The stop shown, or −1 before the first reading. */
    public ReadOnlyIntegerProperty indexProperty() {
        return index.getReadOnlyProperty();
    }

    /** What the pictures show; the previous day's while a new one is worked out, null without a journal. */
    public ReadOnlyObjectProperty<Moment> momentProperty() {
        return moment.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    /** True while a day before today is chosen. */
    public ReadOnlyBooleanProperty awayProperty() {
        return away.getReadOnlyProperty();
    }

    /** True while the day chosen is being worked out. */
    public ReadOnlyBooleanProperty workingProperty() {
        return working.getReadOnlyProperty();
    }

    /** "As of 31 March 2025" while a past day is chosen, else null. */
    public ReadOnlyStringProperty bannerProperty() {
        return banner.getReadOnlyProperty();
    }

    /** The day chosen in a few words: "Today", "31 Mar 2025". */
    public ReadOnlyStringProperty stopTextProperty() {
        return stopText.getReadOnlyProperty();
    }

    /** Why a past day could not be worked out, or null. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
