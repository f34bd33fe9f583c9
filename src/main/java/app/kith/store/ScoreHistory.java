package app.kith.store;

import app.kith.domain.FollowUp;
import app.kith.domain.Person;
import app.kith.insight.HalfLife;
import app.kith.insight.JournalInsight;
import app.kith.insight.PersonTimeline;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The journal as it was read once, asked about one past day after another: the "as of" replay, the movers
 * between the rings. Each day is the insight model as of that day ({@link JournalInsight#compute}), from the
 * same timelines, so that only entries dated on or before it count; nothing is read again but the snoozes of
 * that day. Holds everyone's decoded timeline: drop it when the replay is over.
 */
public final class ScoreHistory {

    private final List<Person> people;
    private final Map<UUID, PersonTimeline> timelines;
    private final List<FollowUp> followUps;
    private final ReviewRepository reviews;
    private final HalfLife halfLife;

    ScoreHistory(List<Person> people, Map<UUID, PersonTimeline> timelines, List<FollowUp> followUps,
                 ReviewRepository reviews, HalfLife halfLife) {
        this.people = List.copyOf(people);
        this.timelines = Map.copyOf(timelines);
        this.followUps = List.copyOf(followUps);
        this.reviews = reviews;
        this.halfLife = halfLife;
    }

    /** Every person's figures, labels and ring as of the day, from what the journal held when this was read. */
    public JournalInsight asOf(LocalDate day) {
        return JournalInsight.compute(people, timelines, followUps, reviews.snoozedAfter(day), day, halfLife);
    }

    public HalfLife halfLife() {
        return halfLife;
    }
}
