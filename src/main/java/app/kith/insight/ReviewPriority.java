package app.kith.insight;

import app.kith.domain.Ring;

/**
 * How urgently the review should bring a person up:
 * {@code V × log2(1 + r)} when the overdue ratio r is at least 1, plus bonuses.
 */
final class ReviewPriority {

    /** A debt of gratitude is a reason to get in touch even when the rhythm is fine. */
    static final double YOU_OWE_BONUS = 2;

    /** Something promised for a date weighs more than a rhythm. */
    static final double FOLLOW_UP_BONUS = 3;

    private ReviewPriority() {
    }

    static double of(Ring ring, Double overdueRatio, Balance balance, int dueFollowUps) {
        double priority = 0;
        if (overdueRatio != null && overdueRatio >= Overdue.DUE_AT) {
            priority = ringValue(ring) * Math.log1p(overdueRatio) / Math.log(2);
        }
        if (balance == Balance.YOU_OWE) {
            priority += YOU_OWE_BONUS;
        }
        if (dueFollowUps > 0) {
            priority += FOLLOW_UP_BONUS;
        }
        return priority;
    }

    /**
     * V: a silence costs more the closer the ring (8 / 4 / 2 / 1 for rings 5 / 15 / 50 / 150); outside
     * the rings (a person with a cadence of their own) it counts like the outermost ring.
     */
    static double ringValue(Ring ring) {
        if (ring == null) {
            return 1;
        }
        return switch (ring) {
            case FIVE -> 8;
            case FIFTEEN -> 4;
            case FIFTY -> 2;
            case ONE_FIFTY -> 1;
        };
    }
}
