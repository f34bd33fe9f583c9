package app.kith.insight;

import app.kith.domain.Coded;

/** Who starts the conversations. */
public enum Initiative implements Coded {
    YOU_REACH_OUT("you-reach-out", "You reach out"),
    THEY_REACH_OUT("they-reach-out", "They reach out"),
    SHARED("shared", "Shared");

    /** An initiative of ±0.5 is about three of four conversations started by one side. */
    static final double LEAN = 0.5;

    /**
     * Six conversations started by one side or the other in a year, about one every two months,
     * before anyone is called the one who reaches out. Mutual and unnoted ones say nothing either way.
     */
    static final int MIN_KNOWN = 6;

    private final String code;
    private final String label;

    Initiative(String code, String label) {
        this.code = code;
        this.label = label;
    }

    static Initiative of(Figures figures, Evidence evidence) {
        if (evidence.knownInitiatorLastYear() < MIN_KNOWN) {
            return SHARED;
        }
        if (figures.initiative() >= LEAN) {
            return YOU_REACH_OUT;
        }
        return figures.initiative() <= -LEAN ? THEY_REACH_OUT : SHARED;
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
