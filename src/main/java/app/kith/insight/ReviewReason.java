package app.kith.insight;

import app.kith.common.DaysAgo;
import app.kith.domain.Ring;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The plain reason the review gives for bringing a person up, e.g.
 * {@code "Monthly friend · 2 months since you talked (2.4×) · you owe a favour"}: the rhythm and the
 * silence when a conversation is due, then a favour owed, then follow-ups due.
 */
final class ReviewReason {

    private static final String SEPARATOR = " \u00b7 ";

    /**
     * The longest cadence each word covers: a word's rhythm and up to half as long again, so that a
     * relative's cadence (the ring's target × 1.5) keeps the ring's word.
     */
    private static final double[] RHYTHM_UP_TO = {10.5, 21, 45, 75, 135, 273, 547.5};
    private static final String[] RHYTHM_WORDS = {
        "Weekly", "Fortnightly", "Monthly", "Two-monthly", "Quarterly", "Twice-yearly", "Yearly"};
    private static final String RARE_RHYTHM = "Occasional";

    private ReviewReason() {
    }

    static String of(PersonInsight insight) {
        List<String> parts = new ArrayList<>();
        Double ratio = insight.overdueRatio();
        if (ratio != null && ratio >= Overdue.DUE_AT) {
            parts.add(rhythm(insight.cadence().days()) + " " + relation(insight) + SEPARATOR + silence(insight));
        }
        if (insight.balance() == Balance.YOU_OWE) {
            parts.add("you owe a favour");
        }
        if (insight.dueFollowUps() > 0) {
            int due = insight.dueFollowUps();
            parts.add(due == 1 ? "a follow-up is due" : due + " follow-ups are due");
        }
        return parts.isEmpty() ? "Nothing is due" : Phrases.capitalised(String.join(SEPARATOR, parts));
    }

    /** "Monthly", "Fortnightly"...: the cadence in a word. */
    static String rhythm(double cadenceDays) {
        for (int i = 0; i < RHYTHM_UP_TO.length; i++) {
            if (cadenceDays <= RHYTHM_UP_TO[i]) {
                return RHYTHM_WORDS[i];
            }
        }
        return RARE_RHYTHM;
    }

    /** "friend" in rings 5 to 50, "acquaintance" in ring 150, "contact" outside; kin are "relative". */
    private static String relation(PersonInsight insight) {
        Ring ring = insight.placedRing();
        if (insight.person().kin()) {
            return "relative";
        }
        if (ring == null) {
            return "contact";
        }
        return ring == Ring.ONE_FIFTY ? "acquaintance" : "friend";
    }

    /** "50 days since you talked (1.6×)"; "since you last caught up" when small talk came after. */
    private static String silence(PersonInsight insight) {
        Evidence evidence = insight.evidence();
        boolean smallTalkSince = evidence.latestMeaningful() != null
                && evidence.latestMeaningful().isBefore(evidence.latest());
        LocalDate from = evidence.latestMeaningful() != null ? evidence.latestMeaningful() : evidence.latest();
        int days = Days.of(insight.asOf()) - Days.of(from);
        return DaysAgo.span(days) + (smallTalkSince ? " since you last caught up" : " since you talked")
                + " (" + Phrases.times(insight.overdueRatio()) + ")";
    }
}
