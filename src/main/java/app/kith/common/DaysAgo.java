package app.kith.common;

/**
 * Kith's one way of counting days in words, for the model's sentences, the window and the command line alike:
 * days up to 99 ("71 days", as PRODUCT.md's review reasons say it, where the days set against a cadence matter),
 * months up to two years ("14 months"), years beyond ("3 years"). "40 days ago" in a sentence beside "6 weeks
 * ago" in a label would make one age look like two, so nothing else in Kith counts days into words. English only, as every sentence
 * of the model is; the window turns far days into locale dates itself ({@code ui.common.RelativeDays}).
 */
public final class DaysAgo {

    /** Up to this many days an age is counted in days ("99 days"), beyond it in months. */
    public static final int DAYS_UP_TO = 99;

    /** Up to two years (730 days, "24 months") an age is counted in months, beyond it in years. */
    public static final int MONTHS_UP_TO = 730;

    private static final double DAYS_PER_MONTH = 365.25 / 12;
    private static final double DAYS_PER_YEAR = 365.25;

    private DaysAgo() {
    }

    /** A span of whole days: "0 days", "1 day", "71 days", "14 months", "3 years". */
    public static String span(long days) {
        long distance = Math.abs(days);
        if (distance <= DAYS_UP_TO) {
            return counted(distance, "day", "days");
        }
        if (distance <= MONTHS_UP_TO) {
            return counted(Math.round(distance / DAYS_PER_MONTH), "month", "months");
        }
        return counted((long) (distance / DAYS_PER_YEAR), "year", "years");
    }

    /** An age of whole days in the past: "today", "yesterday", "9 days ago", "40 days ago", "14 months ago". */
    public static String ago(long days) {
        return relative(-days);
    }

    /**
     * A day as seen from today, {@code offset} days away (negative: in the past): "today", "yesterday",
     * "tomorrow", "21 days ago", "in 21 days".
     */
    public static String relative(long offset) {
        if (offset == 0) {
            return "today";
        }
        if (Math.abs(offset) == 1) {
            return offset > 0 ? "tomorrow" : "yesterday";
        }
        return offset > 0 ? "in " + span(offset) : span(offset) + " ago";
    }

    private static String counted(long count, String one, String many) {
        return count + " " + (count == 1 ? one : many);
    }
}
