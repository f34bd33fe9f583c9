package app.kith.insight;

import app.kith.domain.Coded;
import java.time.LocalDate;

/** Where a relationship stands in time. */
public enum Status implements Coded {
    NEW("new", "New"),
    ACTIVE("active", "Active"),
    FADING("fading", "Fading"),
    DORMANT("dormant", "Dormant");

    /** A year without a word: the relationship sleeps. */
    static final int DORMANT_AFTER_DAYS = 365;

    /** Someone met less than two months ago, a few times, is still new. */
    static final int NEW_WITHIN_DAYS = 60;
    static final int NEW_FEWER_THAN = 5;

    /** Half a year is long enough to see a drift and short enough to act on it. */
    static final int LOOKBACK_DAYS = 180;

    /** Fading means Depth fell below 60% of what it was half a year ago... */
    static final int FADING_BELOW_PERCENT = 60;

    /** ...from at least 40: only a tie that had substance can fade; a light one just stays light. */
    static final int FADING_FROM_DEPTH = 40;

    private final String code;
    private final String label;

    Status(String code, String label) {
        this.code = code;
        this.label = label;
    }

    static Status of(Score score, LocalDate asOf) {
        Evidence evidence = score.evidence();
        if (evidence.interactions() == 0) {
            return NEW;
        }
        if (Days.of(asOf) - Days.of(evidence.latest()) > DORMANT_AFTER_DAYS) {
            return DORMANT;
        }
        if (Days.of(asOf) - Days.of(evidence.first()) < NEW_WITHIN_DAYS && evidence.interactions() < NEW_FEWER_THAN) {
            return NEW;
        }
        return isFading(score.figures().depth(), score.depthHalfYearAgo()) ? FADING : ACTIVE;
    }

    /** Compared as whole numbers, as Depth is shown, so that the reason's figures add up. */
    static boolean isFading(int depthNow, int depthThen) {
        return depthThen >= FADING_FROM_DEPTH && 100 * depthNow < FADING_BELOW_PERCENT * depthThen;
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
