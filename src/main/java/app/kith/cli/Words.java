package app.kith.cli;

import java.util.List;
import java.util.Locale;

/** Counts and lists in words, for the sentences the commands print. */
final class Words {

    private Words() {
    }

    /** "1 person", "1,000 people". */
    static String count(long value, String one, String many) {
        return value == 1 ? "1 " + one : String.format(Locale.ROOT, "%,d ", value) + many;
    }

    /** "a", "a and b", "a, b and c". */
    static String list(List<String> parts) {
        if (parts.size() <= 1) {
            return String.join("", parts);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }
}
