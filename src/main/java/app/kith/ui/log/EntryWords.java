package app.kith.ui.log;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** How the Log dialog says dates and lists of names in its sentences. */
final class EntryWords {

    private EntryWords() {
    }

    /** "3 March", or "3 March 2024" when not in the current year. */
    static String day(LocalDate date, LocalDate today, Locale locale) {
        String pattern = date.getYear() == today.getYear() ? "d MMMM" : "d MMMM yyyy";
        return date.format(DateTimeFormatter.ofPattern(pattern, locale));
    }

    /** "Deleted the conversation with Maya Cole on 3 March": what the undo bar says after a delete. */
    static String deleted(String what, List<String> names, LocalDate date, LocalDate today, Locale locale) {
        return "Deleted the " + what + " with " + names(names) + " on " + day(date, today, locale);
    }

    /** "Maya Cole", "Maya Cole and Ben Okafor", "Maya Cole, Ben Okafor and Raj Iyer", "… and 3 others". */
    static String names(List<String> names) {
        if (names.isEmpty()) {
            return "no one";
        }
        if (names.size() == 1) {
            return names.get(0);
        }
        if (names.size() > 3) {
            return String.join(", ", names.subList(0, 2)) + " and " + (names.size() - 2) + " others";
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    /** The domain says "name is longer than 200 characters"; a form says it as a sentence. */
    static String sentence(String message) {
        String text = message.isEmpty() ? message : Character.toUpperCase(message.charAt(0)) + message.substring(1);
        return text.endsWith(".") ? text : text + ".";
    }
}
