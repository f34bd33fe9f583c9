package app.kith.insight;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The days the pictures look back at: the last day of each of the months before a day. The "as of" slider
 * stops at them (and at the day itself), and a person's story is told month by month at them.
 */
public final class MonthEnds {

    /** Two years: long enough to see a friendship change, short enough to read month by month. */
    public static final int STORY_MONTHS = 24;

    private MonthEnds() {
    }

    /**
     * The last day of each of the {@code count} whole months before the day's own month, oldest first: for
     * 22 Nov 2026 and 2, 30 Sep 2026 and 31 Oct 2026.
     */
    public static List<LocalDate> before(LocalDate day, int count) {
        if (count < 0) {
            throw new IllegalArgumentException("a count of months cannot be negative: " + count);
        }
        YearMonth month = YearMonth.from(day);
        List<LocalDate> ends = new ArrayList<>(count);
        for (int back = count; back >= 1; back--) {
            ends.add(month.minusMonths(back).atEndOfMonth());
        }
        return ends;
    }

    /** The month ends of the last {@link #STORY_MONTHS} months, then the day itself: where the pictures stop. */
    public static List<LocalDate> storyDays(LocalDate day) {
        List<LocalDate> days = before(day, STORY_MONTHS);
        days.add(day);
        return List.copyOf(days);
    }
}
