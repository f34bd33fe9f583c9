package app.kith.insight;

import static app.kith.insight.Phrases.days;

import app.kith.common.DaysAgo;
import app.kith.domain.Ring;

/** Says where a person's cadence comes from and how the silence compares with it. */
final class CadenceExplainer {

    private final PersonInsight insight;

    CadenceExplainer(PersonInsight insight) {
        this.insight = insight;
    }

    String cadence() {
        Cadence cadence = insight.cadence();
        if (cadence == null) {
            return "No cadence: outside the rings and none of your own";
        }
        String head = "Every " + days(cadence.days()) + ": ";
        return head + switch (cadence.source()) {
            case OWN -> "your own cadence";
            case RING -> targetPhrase();
            case RHYTHM -> rhythmPhrase(cadence);
        };
    }

    private String rhythmPhrase(Cadence cadence) {
        String median = "the median gap between " + cadence.rhythmDays() + " days with a "
                + Explainer.MEANINGFUL_TALK + " in the last two years";
        if (cadence.days() == cadence.medianGap()) {
            return median;
        }
        return median + " is " + days(cadence.medianGap()) + ", kept within "
                + Phrases.amount(Cadence.MIN_TARGET_SHARE * cadence.target()) + "\u2013"
                + days(Cadence.MAX_TARGET_SHARE * cadence.target()) + " around " + targetPhrase();
    }

    private String targetPhrase() {
        Ring ring = insight.placedRing();
        String target = "ring " + ring.size() + "'s target";
        return insight.person().kin() ? target + " of " + days(Cadence.ringTarget(ring)) + " \u00d7 1.5 for family"
                : target;
    }

    String overdue() {
        if (insight.overdue() == null) {
            return insight.cadence() == null ? "No rhythm to keep" : "No conversations yet";
        }
        Evidence evidence = insight.evidence();
        boolean meaningful = evidence.latestMeaningful() != null;
        int since = Days.of(insight.asOf()) - Days.of(meaningful ? evidence.latestMeaningful() : evidence.latest());
        return insight.overdue().label() + ": " + DaysAgo.span(since) + " since the latest "
                + (meaningful ? Explainer.MEANINGFUL_TALK : "conversation") + " ("
                + Phrases.times(insight.overdueRatio()) + " the cadence)";
    }
}
