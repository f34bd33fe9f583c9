package app.kith.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * How many decisions of each kind a review made, and the same in words ("4 logged, 5 snoozed, 1 let go"): one
 * phrasing for the session's summary, the window's history and {@code kith review --history}.
 */
public final class ReviewTally {

    private final int[] counts = new int[ReviewAction.values().length];

    private ReviewTally() {
    }

    /** Counts the decisions' actions. */
    public static ReviewTally of(Collection<ReviewDecision> decisions) {
        ReviewTally tally = new ReviewTally();
        decisions.forEach(decision -> tally.counts[decision.action().ordinal()]++);
        return tally;
    }

    /** How many decisions took the action. */
    public int count(ReviewAction action) {
        return counts[action.ordinal()];
    }

    /** How many decisions there are in all. */
    public int total() {
        int total = 0;
        for (int count : counts) {
            total += count;
        }
        return total;
    }

    /**
     * The counts in the order of the actions, those with none left out: "4 logged, 5 snoozed, 1 cadence changed,
     * 1 let go, 2 skipped"; "nothing decided" when there are none.
     */
    public String words() {
        List<String> parts = new ArrayList<>();
        for (ReviewAction action : ReviewAction.values()) {
            if (count(action) > 0) {
                parts.add(count(action) + " " + action.label().toLowerCase(Locale.ROOT));
            }
        }
        return parts.isEmpty() ? "nothing decided" : String.join(", ", parts);
    }
}
