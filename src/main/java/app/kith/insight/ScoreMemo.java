package app.kith.insight;

import java.time.LocalDate;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Remembers each timeline's score as of one day and half-life, so that scoring the whole journal
 * again after one write scores only the timelines that changed. Timelines are immutable and keyed by
 * identity: the store hands back the same object while a person's digest is unchanged. Only the
 * timelines of the latest scoring are kept. Used by one thread at a time (callers synchronise).
 */
public final class ScoreMemo {

    private LocalDate asOf;
    private HalfLife halfLife;
    private Map<PersonTimeline, Score> kept = new IdentityHashMap<>();
    private Map<PersonTimeline, Score> used = new IdentityHashMap<>();
    private TimelineScorer scorer;

    /** Starts a scoring as of the day; a new day or half-life forgets every score kept. */
    void begin(LocalDate day, HalfLife life) {
        if (!day.equals(asOf) || !life.equals(halfLife)) {
            kept = new IdentityHashMap<>();
            asOf = day;
            halfLife = life;
            scorer = new TimelineScorer(day, life);
        }
        used = new IdentityHashMap<>(kept.size() * 2);
    }

    Score score(PersonTimeline timeline) {
        Score score = kept.get(timeline);
        if (score == null) {
            score = scorer.score(timeline);
        }
        used.put(timeline, score);
        return score;
    }

    /** Ends the scoring: what was not used this time is let go. */
    void end() {
        kept = used;
        used = new IdentityHashMap<>();
    }
}
