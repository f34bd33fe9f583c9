package app.kith.insight;

import java.util.Comparator;

/** The order of names wherever the model breaks a tie: case aside first, then exactly. */
public final class NameOrder {

    /** Not the locale's collation, so that a score never depends on the machine it runs on. */
    public static final Comparator<String> NAMES = String.CASE_INSENSITIVE_ORDER.thenComparing(Comparator.naturalOrder());

    private NameOrder() {
    }
}
