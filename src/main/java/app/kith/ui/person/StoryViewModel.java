package app.kith.ui.person;

import app.kith.insight.HalfLife;
import app.kith.insight.PersonStory;
import app.kith.store.Journal;
import app.kith.ui.common.JournalChanges;
import app.kith.ui.common.TaskRunner;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.value.ObservableValue;

/**
 * A person's story in charts: Depth month by month over the last two years with Time, Intimacy and Services, the
 * favour ledger's running balance with each favour marked, and who started the conversations quarter by quarter,
 * each with a sentence that says what it shows. Read in the background from the person's own kept timeline and
 * worked out by the insight model as of each month end ({@link PersonStory}); read again after every write.
 */
public final class StoryViewModel {

    /** Days in an average month: the charts' across is months since the first month end. */
    static final double DAYS_PER_MONTH = 365.25 / 12;

    /** A point of a line: months since the first month end, and the value. */
    public record Point(double x, double y) {
    }

    /**
     * A favour on the ledger chart.
     *
     * @param balance the running balance after it
     * @param words what it was, for its tooltip: "Given · medium · 12 Mar 2026"
     */
    public record Mark(double x, double balance, boolean given, boolean promised, String words) {
    }

    /** One quarter's bar: conversations I started, they started, and both. */
    public record Bar(String quarter, int mine, int theirs, int both) {
    }

    /**
     * Everything the three charts draw.
     *
     * @param start the first month end (x = 0)
     * @param end x of the day itself
     */
    public record Charts(LocalDate start, double end, List<Point> depth, List<Point> time, List<Point> intimacy,
                         List<Point> services, List<Point> ledger, List<Mark> marks, List<Bar> quarters,
                         String depthCaption, String favourCaption, String initiativeCaption) {
    }

    private final SectionReading<PersonStory> reading;
    private final ReadOnlyObjectWrapper<Charts> charts = new ReadOnlyObjectWrapper<>();
    private final StoryCaptions captions;
    private final DateTimeFormatter tick;
    private final DateTimeFormatter day;

    public StoryViewModel(TaskRunner tasks, ObservableValue<Journal> journal, JournalChanges changes, Clock clock,
                          Locale locale) {
        this.captions = new StoryCaptions(locale);
        this.tick = DateTimeFormatter.ofPattern("MMM yy", locale);
        this.day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        this.reading = new SectionReading<>(tasks, journal, changes,
                (open, person) -> PersonStory.of(open.digests().of(person), LocalDate.now(clock),
                        new HalfLife(open.settings().halfLifeDays())),
                story -> charts.set(story == null ? null : charts(story)),
                "Kith could not read this person's story.");
    }

    /** Shows this person's story (null: nobody). */
    public void show(UUID person) {
        reading.show(person);
    }

    /** The charts of the person shown, or null. */
    public ReadOnlyObjectProperty<Charts> chartsProperty() {
        return charts.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return reading.problemProperty();
    }

    /** The label of a tick across: the month at so many months since the first month end, "Mar 25". */
    public String monthAt(LocalDate start, double x) {
        return tick.format(start.plusDays(Math.round(x * DAYS_PER_MONTH)));
    }

    Charts charts(PersonStory story) {
        LocalDate start = story.months().get(0).day();
        List<Point> depth = new ArrayList<>();
        List<Point> time = new ArrayList<>();
        List<Point> intimacy = new ArrayList<>();
        List<Point> services = new ArrayList<>();
        for (PersonStory.Month month : story.months()) {
            double x = x(start, month.day());
            depth.add(new Point(x, month.depth()));
            time.add(new Point(x, month.time()));
            intimacy.add(new Point(x, month.intimacy()));
            services.add(new Point(x, month.services()));
        }
        List<Point> ledger = new ArrayList<>();
        List<Mark> marks = new ArrayList<>();
        double balance = story.balanceBefore();
        ledger.add(new Point(0, balance));
        for (PersonStory.FavourMark favour : story.favours()) {
            double x = x(start, favour.day());
            ledger.add(new Point(x, balance));
            balance = favour.balance();
            ledger.add(new Point(x, balance));
            marks.add(new Mark(x, balance, favour.given(), favour.promised(), (favour.given() ? "Given" : "Received")
                    + " · " + favour.size().label().toLowerCase(Locale.ROOT) + (favour.promised() ? " · promised" : "")
                    + " · " + day.format(favour.day())));
        }
        double end = x(start, story.asOf());
        ledger.add(new Point(end, balance));
        List<Bar> quarters = new ArrayList<>();
        for (PersonStory.Quarter quarter : story.quarters()) {
            quarters.add(new Bar("Q" + (1 + (quarter.first().getMonthValue() - 1) / 3) + " "
                    + quarter.first().getYear(), quarter.mine(), quarter.theirs(), quarter.both()));
        }
        return new Charts(start, end, depth, time, intimacy, services, ledger, marks, quarters,
                captions.depth(story.months()), captions.favours(story), captions.initiative(story.quarters()));
    }

    static double x(LocalDate start, LocalDate date) {
        return (date.toEpochDay() - start.toEpochDay()) / DAYS_PER_MONTH;
    }
}
