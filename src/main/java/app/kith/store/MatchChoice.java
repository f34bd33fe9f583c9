package app.kith.store;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What to do with an imported person who matches someone: merge into them, keep both, or skip the import's. */
public enum MatchChoice {
    MERGE("merge", "Merge"),
    KEEP_BOTH("keep-both", "Keep both"),
    SKIP("skip", "Skip");

    private final String code;
    private final String label;

    MatchChoice(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** As on the command line: merge, keep-both, skip. */
    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Optional<MatchChoice> ofCode(String text) {
        return Arrays.stream(values()).filter(c -> c.code.equals(text.strip().toLowerCase(Locale.ROOT))).findFirst();
    }
}
