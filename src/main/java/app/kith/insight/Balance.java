package app.kith.insight;

import app.kith.domain.Coded;

/** Which way the favours lean. */
public enum Balance implements Coded {
    YOU_GIVE("you-give", "You give"),
    YOU_OWE("you-owe", "You owe"),
    EVEN("even", "Even");

    /** A balance of ±0.4 means one side clearly carries more: two fresh points to none. */
    static final double LEAN = 0.4;

    /** Two favours are an episode, three a pattern: the lopsided labels need three in the last year. */
    static final int MIN_FAVOURS = 3;

    private final String code;
    private final String label;

    Balance(String code, String label) {
        this.code = code;
        this.label = label;
    }

    static Balance of(Figures figures, Evidence evidence) {
        if (evidence.favoursLastYear() < MIN_FAVOURS) {
            return EVEN;
        }
        if (figures.favourBalance() >= LEAN) {
            return YOU_GIVE;
        }
        return figures.favourBalance() <= -LEAN ? YOU_OWE : EVEN;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String label() {
        return label;
    }
}
