package app.kith.insight;

import app.kith.domain.Coded;

/** How the time since the last real conversation compares with the person's cadence. */
public enum Overdue implements Coded {
    ON_TRACK("on-track", "On track"),
    DUE("due", "Due"),
    OVERDUE("overdue", "Overdue"),
    LAPSING("lapsing", "Lapsing");

    /** At one cadence of silence a conversation is due. */
    static final double DUE_AT = 1;

    /** At twice the cadence one has been missed. */
    static final double OVERDUE_AT = 2;

    /** At eight times the cadence the relationship is slipping away: a monthly friend unseen for most of a year. */
    static final double LAPSING_AT = 8;

    private final String code;
    private final String label;

    Overdue(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** The state of an overdue ratio; null for none. */
    static Overdue of(Double ratio) {
        if (ratio == null) {
            return null;
        }
        if (ratio < DUE_AT) {
            return ON_TRACK;
        }
        if (ratio < OVERDUE_AT) {
            return DUE;
        }
        return ratio < LAPSING_AT ? OVERDUE : LAPSING;
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
