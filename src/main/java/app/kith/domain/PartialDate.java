package app.kith.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A day of the year with an optional year: a birthday whose year is unknown is {@code --03-14},
 * a wedding {@code 2014-06-12}. February 29 is allowed without a year.
 */
public record PartialDate(Integer year, int month, int day) {

    private static final Pattern FORMAT = Pattern.compile("(?:(\\d{4})-|--)(\\d{2})-(\\d{2})");

    public PartialDate {
        try {
            if (year != null) {
                LocalDate.of(year, month, day);
            } else {
                MonthDay.of(month, day);
            }
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(text(year, month, day) + " is not a date");
        }
    }

    public static PartialDate of(MonthDay monthDay) {
        return new PartialDate(null, monthDay.getMonthValue(), monthDay.getDayOfMonth());
    }

    public static PartialDate of(LocalDate date) {
        return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    /**
     * Reads {@code YYYY-MM-DD} or {@code --MM-DD}.
     *
     * @throws IllegalArgumentException when the text is neither, or not a real date
     */
    public static PartialDate parse(String text) {
        Matcher matcher = text == null ? null : FORMAT.matcher(text.strip());
        if (matcher == null || !matcher.matches()) {
            throw new IllegalArgumentException(
                    (text == null ? "a missing value" : "\"" + text + "\"") + " is not a date (YYYY-MM-DD or --MM-DD)");
        }
        Integer year = matcher.group(1) == null ? null : Integer.valueOf(matcher.group(1));
        return new PartialDate(year, Integer.parseInt(matcher.group(2)), Integer.parseInt(matcher.group(3)));
    }

    public MonthDay monthDay() {
        return MonthDay.of(month, day);
    }

    public boolean hasYear() {
        return year != null;
    }

    /** The next day on or after {@code from} that this date falls on (Feb 29 falls on Feb 28 in common years). */
    public LocalDate nextOccurrence(LocalDate from) {
        LocalDate candidate = monthDay().atYear(from.getYear());
        return candidate.isBefore(from) ? monthDay().atYear(from.getYear() + 1) : candidate;
    }

    /** {@code YYYY-MM-DD} or {@code --MM-DD}, as in the archive. */
    @Override
    public String toString() {
        return text(year, month, day);
    }

    private static String text(Integer year, int month, int day) {
        return (year == null ? "-" : String.format("%04d", year)) + String.format("-%02d-%02d", month, day);
    }
}
