package app.kith.ui.person;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** Days said as a person says them: relative when near ("tomorrow", "3 days ago"), else in the locale's words. */
public final class DueDates {

    /** Within this many days either way a day is said relative to today. */
    static final int RELATIVE_WITHIN = 6;

    private DueDates() {
    }

    /** "today", "tomorrow", "in 3 days", "yesterday", "3 days ago", or "12 Dec 2026". */
    public static String relative(LocalDate day, LocalDate today, Locale locale) {
        long days = ChronoUnit.DAYS.between(today, day);
        if (days == 0) {
            return "today";
        }
        if (days == 1) {
            return "tomorrow";
        }
        if (days == -1) {
            return "yesterday";
        }
        if (Math.abs(days) <= RELATIVE_WITHIN) {
            return days > 0 ? "in " + days + " days" : -days + " days ago";
        }
        return absolute(day, locale);
    }

    public static String absolute(LocalDate day, Locale locale) {
        return day.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale));
    }
}
