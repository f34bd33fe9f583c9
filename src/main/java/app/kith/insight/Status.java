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

    /**
     * Half a year is long enough to see a drift and short enough to act on it: Depth now is set
     * against Depth as of T − 180 days, and the meaningful conversations of (T − 180, T] against
     * those of the half year before, (T − 360, T − 180].
     */
    static final int LOOKBACK_DAYS = 180;

    /** Fading means Depth fell below 60% of what it was half a year ago (the talks grew thinner)... */
    static final int FADING_BELOW_PERCENT = 60;

    /** One talk and then none is no pattern: rarer needs at least two in the half year before. */
    static final int RARER_FROM_BEFORE = 2;

    /** Only a tie that had substance can fade (Depth as of T − 180 at least 40); a light one just stays light. */
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
        return fadingSignal(score) == null ? ACTIVE : FADING;
    }

    /**
     * Which of Fading's two signals fire for the score, or null when it does not fade: its Depth as
     * of T − 180 was below 40, or neither the Depth nor the count of meaningful conversations fell
     * far enough. Dates are not looked at: a person who is Dormant or New may still show a signal.
     */
    static FadingSignal fadingSignal(Score score) {
        Evidence evidence = score.evidence();
        if (score.depthHalfYearAgo() < FADING_FROM_DEPTH) {
            return null;
        }
        return FadingSignal.of(isThinner(score.figures().depth(), score.depthHalfYearAgo()),
                isRarer(evidence.meaningfulRecent(), evidence.meaningfulBefore()));
    }

    /** Compared as whole numbers, as Depth is shown, so that the reason's figures add up. */
    static boolean isThinner(int depthNow, int depthThen) {
        return 100 * depthNow < FADING_BELOW_PERCENT * depthThen;
    }

    /**
     * Fewer than half as many meaningful conversations as in the half year before, from at least two
     * (model v1.1): Depth saturates for close friends, so a friend seen weekly stays near the top for
     * months after the talks stop, and only the count notices.
     */
    static boolean isRarer(int recent, int before) {
        return before >= RARER_FROM_BEFORE && 2 * recent < before;
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
