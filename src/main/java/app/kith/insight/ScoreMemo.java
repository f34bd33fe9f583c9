package app.kith.insight;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Remembers each timeline's score as of one day and half-life, so that scoring the whole journal
 * again after one write scores only the timelines that changed. Timelines are immutable and keyed by
 * identity: the store hands back the same object while a person's digest is unchanged. Only the
 * timelines of the latest scoring are kept. Used by one thread at a time (callers synchronise).
 */
public final class ScoreMemo {

    /**
     * Timelines scored by one scorer in a go. Scoring a whole large journal (a cold start, a new day)
     * is split into such chunks over the machine's cores: it is most of {@code kith review}'s time.
     */
    private static final int CHUNK = 500;

    private LocalDate asOf;
    private HalfLife halfLife;
    private Map<PersonTimeline, Score> kept = new IdentityHashMap<>();

    /**
     * Scores every timeline as of the day, reusing what was scored as of the same day and half-life.
     * A new day or half-life forgets every score kept; timelines not asked for this time are let go.
     */
    Map<PersonTimeline, Score> scoreAll(List<PersonTimeline> timelines, LocalDate day, HalfLife life) {
        if (!day.equals(asOf) || !life.equals(halfLife)) {
            kept = new IdentityHashMap<>();
            asOf = day;
            halfLife = life;
        }
        Map<PersonTimeline, Score> scores = new IdentityHashMap<>(timelines.size() * 2);
        List<PersonTimeline> missing = new ArrayList<>();
        for (PersonTimeline timeline : timelines) {
            Score known = kept.get(timeline);
            if (known != null) {
                scores.put(timeline, known);
            } else {
                missing.add(timeline);
            }
        }
        Score[] fresh = score(missing, day, life);
        for (int i = 0; i < fresh.length; i++) {
            scores.put(missing.get(i), fresh[i]);
        }
        kept = scores;
        return scores;
    }

    private static Score[] score(List<PersonTimeline> timelines, LocalDate day, HalfLife life) {
        Score[] scores = new Score[timelines.size()];
        int chunks = (timelines.size() + CHUNK - 1) / CHUNK;
        IntStream range = IntStream.range(0, chunks);
        (chunks > 1 ? range.parallel() : range).forEach(chunk -> {
            // A scorer keeps a scratch buffer: one per chunk, never shared between threads.
            TimelineScorer scorer = new TimelineScorer(day, life);
            for (int i = chunk * CHUNK; i < Math.min(scores.length, (chunk + 1) * CHUNK); i++) {
                scores[i] = scorer.score(timelines.get(i));
            }
        });
        return scores;
    }
}
