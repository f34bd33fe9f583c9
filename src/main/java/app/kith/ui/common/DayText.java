package app.kith.ui.common;

import java.time.LocalDate;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.time.format.ResolverStyle;
import java.util.Locale;
import javafx.util.StringConverter;

/**
 * A day as typed into and shown in a date field, in the user's locale with a four-digit year: "12/5/2026" in the
 * US, "05/12/2026" in Britain, "05.12.2026" in Germany. A two-digit year ("5.12.26") and an ISO date ("2026-12-05")
 * are understood too. Every date field of the window uses it, so that a date reads and types the same everywhere.
 */
public final class DayText extends StringConverter<LocalDate> {

    private final DateTimeFormatter shown;
    private final DateTimeFormatter shortYear;

    public DayText(Locale locale) {
        String pattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.SHORT, null,
                IsoChronology.INSTANCE, locale);
        String fourDigits = pattern.replaceAll("y+", "uuuu");
        // Strict: "31.02.2026" is refused, not read as the last day of February.
        this.shown = DateTimeFormatter.ofPattern(fourDigits, locale).withResolverStyle(ResolverStyle.STRICT);
        this.shortYear = new DateTimeFormatterBuilder()
                .appendPattern(pattern.replaceAll("y+", ""))
                .appendValueReduced(java.time.temporal.ChronoField.YEAR, 2, 2, 2000)
                .toFormatter(locale).withResolverStyle(ResolverStyle.STRICT);
    }

    @Override
    public String toString(LocalDate day) {
        return day == null ? "" : shown.format(day);
    }

    /**
     * @return the day typed, or null for an empty field
     * @throws DateTimeParseException when the text is not a day in any of the forms understood
     */
    @Override
    public LocalDate fromString(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String typed = text.strip();
        for (DateTimeFormatter form : new DateTimeFormatter[] {shown, DateTimeFormatter.ISO_LOCAL_DATE, shortYear}) {
            try {
                return LocalDate.parse(typed, form);
            } catch (DateTimeParseException notThisForm) {
                // the next form may fit
            }
        }
        throw new DateTimeParseException("Not a date: " + typed, typed, 0);
    }
}
