package app.kith.ui.people;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** A day said as a person would: relative while recent ("3 days ago"), else the date in the user's locale. */
final class DayWords {

    /** Up to two weeks days are counted, up to about two months weeks; beyond, the date says more. */
    private static final int DAYS_UP_TO = 13;
    private static final int WEEKS_UP_TO_DAYS = 59;

    private final DateTimeFormatter dates;

    DayWords(Locale locale) {
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
    }

    /** When the last conversation was, as of today; "Never" when there was none. */
    String since(LocalDate day, LocalDate today) {
        if (day == null) {
            return "Never";
        }
        long days = ChronoUnit.DAYS.between(day, today);
        if (days < 0 || days > WEEKS_UP_TO_DAYS) {
            return dates.format(day);
        }
        if (days == 0) {
            return "Today";
        }
        if (days == 1) {
            return "Yesterday";
        }
        if (days <= DAYS_UP_TO) {
            return days + " days ago";
        }
        long weeks = days / 7;
        return weeks + " weeks ago";
    }
}
