package app.kith.ui.common;

import app.kith.common.DaysAgo;
import java.time.LocalDate;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * The window's one way of saying a day relative to today: near days counted by {@link DaysAgo} as everywhere in
 * Kith ("today", "yesterday", "tomorrow", "3 days ago", "in 3 days", "40 days ago", "in 40 days"); beyond about
 * two months the date itself in the user's locale ("12 Dec 2026"), which then says more than a count would.
 * Every screen says days this way.
 */
public final class RelativeDays {

    /** Up to about two months a day is counted ("59 days ago"); beyond, its date says more (DESIGN.md). */
    static final int COUNTED_UP_TO = 59;

    private final DateTimeFormatter dates;
    private final DateTimeFormatter monthDays;

    public RelativeDays(Locale locale) {
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        this.monthDays = DateTimeFormatter.ofPattern(monthDayPattern(locale), locale);
    }

    /** The day in words as of today, lower case ("today", "3 days ago", "in 20 days", "12 Dec 2026"). */
    public String of(LocalDate day, LocalDate today) {
        return isCounted(day, today) ? DaysAgo.relative(ChronoUnit.DAYS.between(today, day)) : date(day);
    }

    /** Whether {@link #of} counts the day ("21 days ago") rather than naming its date. */
    public boolean isCounted(LocalDate day, LocalDate today) {
        return Math.abs(ChronoUnit.DAYS.between(today, day)) <= COUNTED_UP_TO;
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
        String withoutYear = withoutYear(FormatStyle.LONG, locale);
        return withoutYear.isEmpty() ? "d MMMM" : withoutYear;
    }

    /**
     * The locale's full date without its month and year, the weekday short: "EEE, d" ("Mon, 23") in the US and
     * Britain, "EEE, d." ("Mo., 23.") in Germany, for days listed under their month's heading.
     */
    public static String weekdayDayPattern(Locale locale) {
        String weekdayDay = withoutYear(FormatStyle.FULL, locale)
                .replaceAll("(\\s*'[^']*')*\\s*[ML]+[月월]?(\\s*'[^']*')*", "")
                .replaceAll("E{4,}", "EEE").strip();
        return weekdayDay.contains("d") && weekdayDay.contains("E") ? weekdayDay : "EEE d";
    }

    private static String withoutYear(FormatStyle style, Locale locale) {
        String pattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(style, null, IsoChronology.INSTANCE,
                locale);
        return pattern.replaceAll("[,\\s]*[yu]+[.年년]?", "").strip();
    }
}
