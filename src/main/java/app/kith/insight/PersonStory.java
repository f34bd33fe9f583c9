package app.kith.insight;

import app.kith.domain.FavourSize;
import app.kith.domain.FavourStatus;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * One person's last two years in figures, for their charts: Depth and its three components at each month end and
 * today (each the insight model as of that day, {@link TimelineScorer}), every favour with the ledger's running
 * balance after it, and who started the conversations, quarter by quarter. Only entries dated on or before the day
 * count.
 *
 * @param months Depth, Time, Intimacy and Services at the last 24 month ends and the day itself
 * @param balanceBefore the ledger's balance from the favours before the first month end
 * @param favours the favours after the first month end, up to the day, in date order
 * @param quarters the 8 calendar quarters up to the day's own, oldest first
 */
public record PersonStory(LocalDate asOf, List<Month> months, double balanceBefore, List<FavourMark> favours,
                          List<Quarter> quarters) {

    /** Two years of quarters. */
    public static final int QUARTERS = 8;

    /** The figures as of one day. */
    public record Month(LocalDate day, int depth, double time, double intimacy, double services) {
    }

    /**
     * A favour on the ledger.
     *
     * @param points what it counts: small 1, medium 3, large 8, half while promised
     * @param balance the running balance after it: favours I gave count up, favours I received down
     */
    public record FavourMark(LocalDate day, boolean given, FavourSize size, boolean promised, double points,
                             double balance) {
    }

    /**
     * Who started the conversations of a quarter.
     *
     * @param first the quarter's first day
     * @param unnoted conversations with no starter noted
     */
    public record Quarter(LocalDate first, int mine, int theirs, int both, int unnoted) {

        public int total() {
            return mine + theirs + both + unnoted;
        }
    }

    public PersonStory {
        months = List.copyOf(months);
        favours = List.copyOf(favours);
        quarters = List.copyOf(quarters);
    }

    /** The story of a timeline as of a day. */
    public static PersonStory of(PersonTimeline timeline, LocalDate asOf, HalfLife halfLife) {
        List<Month> months = new ArrayList<>();
        for (LocalDate day : MonthEnds.storyDays(asOf)) {
            Figures figures = new TimelineScorer(day, halfLife).score(timeline).figures();
            months.add(new Month(day, figures.depth(), figures.time(), figures.intimacy(), figures.services()));
        }
        int start = Days.of(months.get(0).day());
        FavourColumns favours = timeline.favours;
        int end = favours.countUpTo(Days.of(asOf));
        double balance = 0;
        double before = 0;
        List<FavourMark> marks = new ArrayList<>();
        for (int i = 0; i < end; i++) {
            double points = favours.points[i];
            balance += favours.isGiven(i) ? points : -points;
            if (favours.days[i] <= start) {
                before = balance;
            } else {
                marks.add(new FavourMark(LocalDate.ofEpochDay(favours.days[i]), favours.isGiven(i), favours.size(i),
                        favours.status(i) == FavourStatus.PROMISED, points, balance));
            }
        }
        return new PersonStory(asOf, months, before, marks, quarters(timeline.interactions, asOf));
    }

    private static List<Quarter> quarters(InteractionColumns columns, LocalDate asOf) {
        YearMonth own = YearMonth.from(asOf);
        LocalDate ownQuarter = own.withMonth(1 + 3 * ((own.getMonthValue() - 1) / 3)).atDay(1);
        List<Quarter> quarters = new ArrayList<>();
        int last = Days.of(asOf);
        for (int back = QUARTERS - 1; back >= 0; back--) {
            LocalDate first = ownQuarter.minusMonths(3L * back);
            int from = Days.of(first);
            int to = Math.min(last, Days.of(first.plusMonths(3)) - 1);
            int mine = 0;
            int theirs = 0;
            int both = 0;
            int unnoted = 0;
            for (int i = columns.countUpTo(from - 1); i < columns.countUpTo(to); i++) {
                int side = columns.initiative(i);
                if (columns.initiators[i] == InteractionColumns.NO_INITIATOR) {
                    unnoted++;
                } else {
                    mine += side > 0 ? 1 : 0;
                    theirs += side < 0 ? 1 : 0;
                    both += side == 0 ? 1 : 0;
                }
            }
            quarters.add(new Quarter(first, mine, theirs, both, unnoted));
        }
        return quarters;
    }
}
