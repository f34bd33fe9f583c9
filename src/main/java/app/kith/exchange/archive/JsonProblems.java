package app.kith.exchange.archive;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.io.CharConversionException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What is wrong with an archive's JSON, in Kith's words rather than the parser's ({@code
 * StreamReadConstraints.getMaxStringLength()}, "Document nesting depth (1001)…"), with the place it is at:
 * the line and column, and the entry's path where the parser knows it.
 */
final class JsonProblems {

    /** No text in an archive comes near this: the largest is a photo of 512 KB, about 700,000 characters in base64. */
    static final int MAX_TEXT_CHARACTERS = 2_000_000;
    /** A Kith archive nests five deep (reviews, a review, its decisions, a decision); this leaves room to spare. */
    static final int MAX_NESTING = 32;
    /** Whole numbers in an archive are minutes and days. */
    static final int MAX_NUMBER_DIGITS = 100;

    private static final Pattern UNEXPECTED = Pattern.compile("Unexpected character \\('(.+?)' \\(code");
    private static final Pattern UNRECOGNIZED = Pattern.compile("Unrecognized token '(.{1,40}?)'");

    private JsonProblems() {
    }

    /** The parser factory with Kith's limits, so that no input costs unbounded memory or time. */
    static JsonFactory factory() {
        return JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxStringLength(MAX_TEXT_CHARACTERS)
                        .maxNestingDepth(MAX_NESTING)
                        .maxNumberLength(MAX_NUMBER_DIGITS)
                        .build())
                .build();
    }

    /** The sentence for JSON the parser refused, e.g. "line 3, column 7: not valid JSON: unexpected '}'". */
    static String describe(JsonProcessingException error, JsonParser parser) {
        // A limit's error carries no location of its own; the parser knows where it stopped.
        String where = where(error.getLocation() != null || parser == null ? error.getLocation()
                : parser.currentLocation());
        if (error instanceof StreamConstraintsException) {
            return where + tooLarge(error.getOriginalMessage(), path(parser));
        }
        if (error instanceof JsonEOFException) {
            return where + "the file ends in the middle of its JSON (is it cut short?)";
        }
        String message = error.getOriginalMessage() == null ? "" : error.getOriginalMessage();
        Matcher unexpected = UNEXPECTED.matcher(message);
        if (unexpected.find()) {
            return where + "not valid JSON: unexpected " + unexpected.group(1);
        }
        Matcher unrecognized = UNRECOGNIZED.matcher(message);
        if (unrecognized.find()) {
            return where + "not valid JSON: unexpected " + unrecognized.group(1);
        }
        if (message.startsWith("Invalid UTF-8") || message.contains("Invalid UTF")) {
            return where + "the file is not UTF-8 text";
        }
        if (message.startsWith("Illegal unquoted character")) {
            return where + "a text holds a control character, which JSON writes escaped";
        }
        return where + "not valid JSON";
    }

    /** A file in an encoding the parser cannot read at all (its guess at UTF-16 or UTF-32 went wrong). */
    static String describe(CharConversionException error) {
        return "the file is not UTF-8 text";
    }

    private static String tooLarge(String message, String path) {
        String at = path.isEmpty() ? "" : " in " + path;
        String lower = message == null ? "" : message.toLowerCase(Locale.ROOT);
        if (lower.contains("nesting")) {
            return "lists and objects nest more than " + MAX_NESTING + " deep" + at
                    + ", deeper than any Kith archive";
        }
        if (lower.contains("number")) {
            return "a number of more than " + MAX_NUMBER_DIGITS + " digits" + at + " is larger than Kith accepts";
        }
        return "a text of more than " + MAX_TEXT_CHARACTERS / 1_000_000 + " million characters" + at
                + " is larger than Kith accepts";
    }

    /** Where the parser was, as an archive path: {@code people[3].notes}. */
    static String path(JsonParser parser) {
        if (parser == null) {
            return "";
        }
        Deque<String> parts = new ArrayDeque<>();
        for (JsonStreamContext context = parser.getParsingContext(); context != null && !context.inRoot();
             context = context.getParent()) {
            if (context.inArray()) {
                parts.push("[" + Math.max(0, context.getCurrentIndex()) + "]");
            } else if (context.getCurrentName() != null) {
                parts.push("." + context.getCurrentName());
            }
        }
        String path = String.join("", parts);
        return path.startsWith(".") ? path.substring(1) : path;
    }

    private static String where(JsonLocation location) {
        return location == null || location.getLineNr() < 0 ? ""
                : "line " + location.getLineNr() + ", column " + location.getColumnNr() + ": ";
    }
}
