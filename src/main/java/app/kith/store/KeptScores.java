package app.kith.store;

import app.kith.insight.HalfLife;
import app.kith.insight.PersonTimeline;
import app.kith.insight.Score;
import app.kith.insight.TimelineScorer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.jooq.Condition;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import static app.kith.store.schema.Tables.PERSON_DIGEST;

/**
 * Every person's {@link Score} as of a day and half-life, computed from their timeline only when that
 * timeline changed. Each digest row carries a revision that every write renews
 * (V2__digest_revision.sql), and each score is kept with the revision it was computed from: in
 * memory between readings, and in the journal between processes ({@link KeptScoresRow}). So after
 * one conversation is logged two people are scored instead of 10,000, and a fresh {@code kith review}
 * on the same day reads one row instead of decoding and scoring a lifetime of entries. Only today's
 * scores are written: a look at another day computes without keeping. People with nothing logged have
 * no digest and get no score here.
 */
final class KeptScores {

    private static final Logger LOG = LoggerFactory.getLogger(KeptScores.class);

    /** Beyond this many people one pass over every row is quicker than looking each one up. */
    private static final int LOOKUP_LIMIT = 1_000;
    private static final int FETCH_SIZE = 1_000;
    /**
     * The kept row is written whole, so it is written again only when at least this share of the scores
     * is new (a new day, a large import, the first start): a few people scored again after the day's
     * writes cost the next process far less than rewriting everyone's scores after each write.
     */
    private static final int REWRITE_WHEN_ONE_IN = 10;

    private final Database database;
    private final Clock clock;
    private LocalDate day;
    private HalfLife halfLife;
    private Map<UUID, KeptScore> kept = Map.of();

    KeptScores(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** The score of everyone with something logged, as of the day and half-life. */
    synchronized Map<UUID, Score> read(LocalDate asOf, HalfLife life) {
        if (!asOf.equals(day) || !life.equals(halfLife)) {
            day = asOf;
            halfLife = life;
            // A new process, day or half-life: what an earlier process kept is worth a look.
            kept = database.read(ctx -> KeptScoresRow.read(ctx, asOf, life));
        }
        Map<UUID, KeptScore> now = new HashMap<>();
        Map<UUID, KeptScore> fresh;
        if (kept.isEmpty()) {
            // Nothing kept: every timeline is read with its revision in one pass, no revisions first.
            fresh = compute(null);
        } else {
            Set<UUID> changed = keepUnchanged(now);
            fresh = changed.isEmpty() ? Map.of() : compute(changed);
        }
        now.putAll(fresh);
        // Reading never writes: a journal opened for reading (the read commands) keeps nothing for later.
        if (!database.readOnly() && !fresh.isEmpty() && fresh.size() * REWRITE_WHEN_ONE_IN >= now.size()
                && asOf.equals(LocalDate.now(clock))) {
            keep(now);
        }
        kept = now;
        Map<UUID, Score> scores = new HashMap<>(now.size() * 2);
        now.forEach((person, score) -> scores.put(person, score.score()));
        return scores;
    }

    /**
     * Puts into {@code now} the kept scores whose digest is unchanged.
     *
     * @return the people with a digest whose score must be computed again
     */
    private Set<UUID> keepUnchanged(Map<UUID, KeptScore> now) {
        Map<UUID, Long> revisions = new HashMap<>();
        database.eachRow(ctx -> ctx.select(PERSON_DIGEST.PERSON_ID, PERSON_DIGEST.REVISION).from(PERSON_DIGEST)
                .fetchSize(FETCH_SIZE), row -> revisions.put(row.getObject(1, UUID.class), row.getLong(2)));
        Set<UUID> changed = new HashSet<>();
        revisions.forEach((person, revision) -> {
            KeptScore before = kept.get(person);
            if (before != null && before.revision() == revision) {
                now.put(person, before);
            } else {
                changed.add(person);
            }
        });
        return changed;
    }

    /**
     * Reads and scores the timelines of the people (null: everyone's). Each is remembered under the
     * revision read with its bytes, so a write committed meanwhile is seen by the next reading, never
     * hidden by this one.
     */
    private Map<UUID, KeptScore> compute(Set<UUID> people) {
        List<UUID> persons = new ArrayList<>();
        List<Long> revisions = new ArrayList<>();
        List<byte[][]> bytes = new ArrayList<>();
        // Looked up one by one when few; when many, one pass over every row is quicker.
        Condition which = people == null || people.size() > LOOKUP_LIMIT ? DSL.noCondition()
                : PERSON_DIGEST.PERSON_ID.in(people);
        database.eachRow(ctx -> ctx.select(PERSON_DIGEST.PERSON_ID, PERSON_DIGEST.REVISION, PERSON_DIGEST.INTERACTIONS,
                PERSON_DIGEST.FAVOURS).from(PERSON_DIGEST).where(which).fetchSize(FETCH_SIZE), row -> {
                    UUID person = row.getObject(1, UUID.class);
                    if (people == null || people.contains(person)) {
                        persons.add(person);
                        revisions.add(row.getLong(2));
                        bytes.add(new byte[][] {row.getBytes(3), row.getBytes(4)});
                    }
                });
        List<Score> scores = TimelineScorer.scoreAll(decode(persons, bytes), day, halfLife);
        Map<UUID, KeptScore> fresh = new HashMap<>(persons.size() * 2);
        for (int i = 0; i < persons.size(); i++) {
            fresh.put(persons.get(i), new KeptScore(revisions.get(i), scores.get(i)));
        }
        return fresh;
    }

    /** Decodes on every core when there are many: decoding a large journal is a good part of a cold start. */
    private static List<PersonTimeline> decode(List<UUID> persons, List<byte[][]> bytes) {
        IntStream indexes = IntStream.range(0, persons.size());
        return (persons.size() > LOOKUP_LIMIT ? indexes.parallel() : indexes)
                .mapToObj(i -> DigestRows.decode(persons.get(i), bytes.get(i)[0], bytes.get(i)[1]))
                .toList();
    }

    /**
     * Keeps today's scores for the next process. Losing them costs only time (they are computed again),
     * so a failure to write is logged, never shown: the scores read are right either way.
     */
    private void keep(Map<UUID, KeptScore> scores) {
        try {
            database.transact(ctx -> KeptScoresRow.write(ctx, day, halfLife, scores));
        } catch (JournalException e) {
            LOG.warn("The scores of {} people could not be kept for the next start; they will be computed again.",
                    scores.size(), e);
        }
    }
}
