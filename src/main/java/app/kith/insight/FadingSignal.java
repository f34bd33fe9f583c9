package app.kith.insight;

/** What shows that a relationship is fading (PRODUCT.md, Status): its talks grew thinner, rarer, or both. */
enum FadingSignal {
    /** Depth now is below 60% of Depth as of T − 180 days. */
    THINNER,
    /** The meaningful conversations of the recent half year are fewer than half of those of the one before. */
    RARER,
    BOTH;

    /** The signal of these two tests, or null when neither fired. */
    static FadingSignal of(boolean thinner, boolean rarer) {
        if (thinner && rarer) {
            return BOTH;
        }
        return thinner ? THINNER : rarer ? RARER : null;
    }

    boolean thinner() {
        return this != RARER;
    }

    boolean rarer() {
        return this != THINNER;
    }
}
