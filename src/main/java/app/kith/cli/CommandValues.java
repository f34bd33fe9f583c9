package app.kith.cli;

import app.kith.domain.Coded;
import app.kith.domain.Plausible;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;

/** Reads option values that picocli hands over as text, refusing a wrong one with a sentence naming the option. */
final class CommandValues {

    private CommandValues() {
    }

    /** A code such as "in-person"; a wrong one lists the choices. */
    static <E extends Enum<E> & Coded> E code(String option, Class<E> type, String text) {
        if (text == null) {
            return null;
        }
        try {
            return Coded.parse(type, text.strip().toLowerCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new WrongValue(option + ": \"" + text + "\" is not one of " + Coded.codes(type) + ".");
        }
    }

    /** A date of an entry: a real day, within a life. */
    static LocalDate date(String option, String text) {
        LocalDate date;
        try {
            date = LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new WrongValue(option + ": \"" + text + "\" is not a date; write it as YYYY-MM-DD, e.g. 2026-11-22.");
        }
        if (!Plausible.date(date)) {
            throw new WrongValue(option + ": " + Plausible.dateRefusal(date) + ".");
        }
        return date;
    }

    static LocalTime time(String option, String text) {
        try {
            return LocalTime.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new WrongValue(option + ": \"" + text + "\" is not a time of day; write it as HH:MM, e.g. 18:30.");
        }
    }
}
