package app.kith.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;

/** Small helpers the records use to normalise and validate their fields. */
final class Checks {

    private Checks() {
    }

    /** Trims the text; blank becomes null. */
    static String optionalText(String value, String field, int maxLength) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.isEmpty()) {
            return null;
        }
        if (trimmed.length() > maxLength) {
            throw new InvalidValueException(field, field + " is longer than " + maxLength + " characters");
        }
        return trimmed;
    }

    static String requiredText(String value, String field, int maxLength) {
        String text = optionalText(value, field, maxLength);
        if (text == null) {
            throw new InvalidValueException(field, field + " is required");
        }
        return text;
    }

    static <T> T required(T value, String field) {
        if (value == null) {
            throw new InvalidValueException(field, field + " is required");
        }
        return value;
    }

    /** Trims every entry, drops blanks and repeats, keeps the order; never null. */
    static List<String> textList(Collection<String> values, String field, int maxLength) {
        if (values == null) {
            return List.of();
        }
        LinkedHashSet<String> kept = new LinkedHashSet<>();
        for (String value : values) {
            String text = optionalText(value, field, maxLength);
            if (text != null) {
                kept.add(text);
            }
        }
        return List.copyOf(new ArrayList<>(kept));
    }

    static <T> List<T> list(Collection<T> values) {
        return values == null ? List.of() : List.copyOf(values);
    }
}
