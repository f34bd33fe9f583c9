package app.kith.insight;

import java.time.LocalDate;

/**
 * Dates as whole days since 1970-01-01, the way every age in the model is counted: time of day
 * never matters, and a leap day is simply one more day.
 */
final class Days {

    /** Kith keeps dates of the years 1 to 9999, so that every age fits an int with room to spare. */
    static final LocalDate FIRST = LocalDate.of(1, 1, 1);
    static final LocalDate LAST = LocalDate.of(9999, 12, 31);

    /** A day number for "no such day", before every real one. */
    static final int NONE = Integer.MIN_VALUE;

    private Days() {
    }

    static int of(LocalDate date) {
        if (date.isBefore(FIRST) || date.isAfter(LAST)) {
            throw new IllegalArgumentException(date + " is outside the years 1 to 9999 that Kith keeps");
        }
        return (int) date.toEpochDay();
    }

    static LocalDate dateOrNull(int day) {
        return day == NONE ? null : LocalDate.ofEpochDay(day);
    }
}
