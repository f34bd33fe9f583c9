package app.kith.insight;

import app.kith.domain.Person;
import app.kith.domain.Ring;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Everything the insight model says about one person as of a date: the figures and what they rest
 * on, the four labels, the ring, the cadence and how overdue a conversation is, and the person's
 * place in the review. Sentences are made on demand ({@link #explain()}, {@link #reason()}), so that
 * scoring a large journal builds no text.
 *
 * @param score the figures, their evidence and the Depth of half a year earlier
 * @param kind Chat or Chit, null without conversations
 * @param ring the place in the rings
 * @param cadence the cadence, or null when the person has none
 * @param overdueRatio days since the latest meaningful conversation over the cadence, or null
 * @param overdue the state of that ratio, or null
 * @param dueFollowUps follow-ups due on or before the date and not done
 * @param snoozed snoozed until a day after the date
 * @param priority the review priority
 * @param inReview in the review queue: overdue or with a follow-up due, neither archived nor snoozed
 * @param asOf the date T
 */
public record PersonInsight(Person person, Score score, Kind kind, Balance balance, Initiative initiative,
                            Status status, RingPlacement ring, Cadence cadence, Double overdueRatio,
                            Overdue overdue, int dueFollowUps, boolean snoozed, double priority,
                            boolean inReview, LocalDate asOf) {

    public UUID id() {
        return person.id();
    }

    public Figures figures() {
        return score.figures();
    }

    public Evidence evidence() {
        return score.evidence();
    }

    public int depth() {
        return score.figures().depth();
    }

    /** Depth as of T − 180 days, which the Fading status and the direction compare Depth with. */
    public int depthBefore() {
        return score.depthHalfYearAgo();
    }

    /** Where Depth is heading: its change since T − 180 days. */
    public DepthDirection direction() {
        return DepthDirection.of(this);
    }

    /** The ring the person is placed in, or null for outside the rings. */
    public Ring placedRing() {
        return ring.ring();
    }

    /** The cadence in days, or null. */
    public Double cadenceDays() {
        return cadence == null ? null : cadence.days();
    }

    /** The latest conversation on or before the date, or null. */
    public LocalDate lastInteraction() {
        return score.evidence().latest();
    }

    /** A sentence of evidence for every component and label. */
    public Explanation explain() {
        return Explainer.explain(this);
    }

    /**
     * Why the review brings the person up, e.g.
     * "Monthly friend · 2 months since you talked (2.4×) · you owe a favour".
     */
    public String reason() {
        return ReviewReason.of(this);
    }
}
