package app.kith.ui.common;

import java.time.LocalDate;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * The window's one way of saying a day relative to today: "today", "yesterday", "tomorrow", "3 days ago",
 * "in 3 days", "2 weeks ago", "in 2 weeks"; beyond about two months the date itself in the user's locale
 * ("12 Dec 2026"), which then says more than a count would. Every screen says days this way.
 */
public final class RelativeDays {

    /** Up to two weeks days are counted; up to about two months, weeks. */
    static final int DAYS_UP_TO = 13;
    static final int WEEKS_UP_TO_DAYS = 59;

    private final DateTimeFormatter dates;
    private final DateTimeFormatter monthDays;

    public RelativeDays(Locale locale) {
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        this.monthDays = DateTimeFormatter.ofPattern(monthDayPattern(locale), locale);
    }

    /** The day in words as of today, lower case ("today", "3 days ago", "in 2 weeks", "12 Dec 2026"). */
    public String of(LocalDate day, LocalDate today) {
        long days = ChronoUnit.DAYS.between(today, day);
        long distance = Math.abs(days);
        if (distance > WEEKS_UP_TO_DAYS) {
            return date(day);
        }
        if (days == 0) {
            return "today";
        }
        if (distance == 1) {
            return days > 0 ? "tomorrow" : "yesterday";
        }
        String span = distance <= DAYS_UP_TO ? distance + " days" : distance / 7 + " weeks";
        return days > 0 ? "in " + span : span + " ago";
    }

    /** The same, starting with a capital, for a phrase that stands alone ("Today", "3 days ago"). */
    public String standalone(LocalDate day, LocalDate today) {
        String words = of(day, today);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** The date in the user's locale, medium length: "12 Dec 2026". */
    public String date(LocalDate day) {
        return dates.format(day);
    }

    /** The day and month without the year, in the user's locale: "14 March", "March 14". */
    public String monthDay(LocalDate day) {
        return monthDays.format(day);
    }

    /** The locale's long date without its year: "MMMM d" in the US, "d MMMM" in Britain, "d. MMMM" in Germany. */
    public static String monthDayPattern(Locale locale) {
        String full = DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.LONG, null,
                IsoChronology.INSTANCE, locale);
        String withoutYear = full.replaceAll("[,\\s]*[yu]+[.年년]?", "").strip();
        return withoutYear.isEmpty() ? "d MMMM" : withoutYear;
    }
}
