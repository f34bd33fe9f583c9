package app.kith.exchange.archive;

import app.kith.domain.Coded;
import app.kith.domain.Plausible;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the fields of one JSON object of an archive. A field that is wrong adds a problem that
 * names its path (e.g. {@code people[3].birthday}) and reads as null, so that reading goes on and
 * every problem of the archive is reported at once.
 */
final class JsonFields {

    private final JsonNode object;
    private final String path;
    private final List<String> problems;

    JsonFields(JsonNode object, String path, List<String> problems) {
        this.object = object;
        this.path = path;
        this.problems = problems;
    }

    String path() {
        return path;
    }

    int problemCount() {
        return problems.size();
    }

    String pathOf(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    void problem(String name, String message) {
        problems.add((name == null ? path : pathOf(name)) + ": " + message);
    }

    private JsonNode value(String name) {
        JsonNode value = object.get(name);
        return value == null || value.isNull() ? null : value;
    }

    String text(String name) {
        JsonNode value = value(name);
        if (value == null) {
            return null;
        }
        if (!value.isTextual()) {
            problem(name, "expected text, found " + describe(value));
            return null;
        }
        return value.textValue();
    }

    String requiredText(String name) {
        String text = text(name);
        if (text == null && value(name) == null) {
            problem(name, "is missing");
        }
        return text;
    }

    Integer integer(String name) {
        JsonNode value = value(name);
        if (value == null) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            problem(name, "expected a whole number, found " + describe(value));
            return null;
        }
        return value.intValue();
    }

    boolean bool(String name) {
        JsonNode value = value(name);
        if (value == null) {
            return false;
        }
        if (!value.isBoolean()) {
            problem(name, "expected true or false, found " + describe(value));
            return false;
        }
        return value.booleanValue();
    }

    LocalDate date(String name, boolean required) {
        String text = required ? requiredText(name) : text(name);
        if (text == null) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problem(name, "\"" + text + "\" is not a date (YYYY-MM-DD)");
            return null;
        }
        if (!Plausible.date(date)) {
            problem(name, Plausible.dateRefusal(date));
            return null;
        }
        return date;
    }

    LocalTime time(String name) {
        String text = text(name);
        if (text == null) {
            return null;
        }
        try {
            return LocalTime.parse(text);
        } catch (DateTimeParseException e) {
            problem(name, "\"" + text + "\" is not a time (HH:MM)");
            return null;
        }
    }

    <E extends Enum<E> & Coded> E code(String name, Class<E> type, boolean required) {
        String text = required ? requiredText(name) : text(name);
        if (text == null) {
            return null;
        }
        try {
            return Coded.parse(type, text);
        } catch (IllegalArgumentException e) {
            problem(name, e.getMessage());
            return null;
        }
    }

    List<String> texts(String name) {
        List<String> texts = new ArrayList<>();
        for (JsonFields item : items(name)) {
            if (item.object.isTextual()) {
                texts.add(item.object.textValue());
            } else {
                problems.add(item.path + ": expected text, found " + describe(item.object));
            }
        }
        return texts;
    }

    /** The elements of an array field, each with its own path; a missing array is empty. */
    List<JsonFields> items(String name) {
        JsonNode value = value(name);
        if (value == null) {
            return List.of();
        }
        if (!value.isArray()) {
            problem(name, "expected a list, found " + describe(value));
            return List.of();
        }
        List<JsonFields> items = new ArrayList<>(value.size());
        for (int i = 0; i < value.size(); i++) {
            items.add(new JsonFields(value.get(i), pathOf(name) + "[" + i + "]", problems));
        }
        return items;
    }

    boolean isObject() {
        if (!object.isObject()) {
            problems.add(path + ": expected an object, found " + describe(object));
            return false;
        }
        return true;
    }

    private static String describe(JsonNode value) {
        if (value.isTextual()) {
            return "\"" + value.textValue() + "\"";
        }
        if (value.isObject()) {
            return "an object";
        }
        if (value.isArray()) {
            return "a list";
        }
        return value.toString();
    }
}
