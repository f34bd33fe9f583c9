package app.kith.store;

import app.kith.insight.HalfLife;
import app.kith.insight.ScoreCodec;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import static app.kith.store.schema.Tables.KEPT_SCORES;

/**
 * The one {@code kept_scores} row: everyone's scores as of a day and half-life, written whole.
 * Its bytes: the scoring model ({@link ScoreCodec#MODEL}), the number of people, then per person
 * their id (16 bytes), the revision of the digest their score was computed from (8), and the score
 * ({@link ScoreCodec#SIZE}).
 */
final class KeptScoresRow {

    private static final Logger LOG = LoggerFactory.getLogger(KeptScoresRow.class);
    private static final int PER_PERSON = 2 * Long.BYTES + Long.BYTES + ScoreCodec.SIZE;

    private KeptScoresRow() {
    }

    /**
     * The scores kept for the day and half-life; none when there are none, or they are of other
     * formulas (an older Kith), or damaged: they are computed again then.
     */
    static Map<UUID, KeptScore> read(DSLContext ctx, LocalDate day, HalfLife halfLife) {
        byte[] bytes = ctx.select(KEPT_SCORES.SCORES).from(KEPT_SCORES)
                .where(KEPT_SCORES.AS_OF.eq(day).and(KEPT_SCORES.HALF_LIFE_DAYS.eq(halfLife.days())))
                .limit(1).fetchOne(KEPT_SCORES.SCORES);
        if (bytes == null || bytes.length == 0 || bytes[0] != ScoreCodec.MODEL) {
            return Map.of();
        }
        try {
            return decode(ByteBuffer.wrap(bytes));
        } catch (IllegalArgumentException | BufferUnderflowException e) {
            LOG.warn("The scores kept in the journal could not be read; they will be computed again.", e);
            return Map.of();
        }
    }

    /** Replaces the row with these scores. */
    static void write(DSLContext ctx, LocalDate day, HalfLife halfLife, Map<UUID, KeptScore> scores) {
        ctx.deleteFrom(KEPT_SCORES).execute();
        ctx.insertInto(KEPT_SCORES, KEPT_SCORES.AS_OF, KEPT_SCORES.HALF_LIFE_DAYS, KEPT_SCORES.SCORES)
                .values(day, halfLife.days(), encode(scores)).execute();
    }

    static byte[] encode(Map<UUID, KeptScore> scores) {
        ByteBuffer out = ByteBuffer.allocate(1 + Integer.BYTES + scores.size() * PER_PERSON);
        out.put(ScoreCodec.MODEL).putInt(scores.size());
        scores.forEach((person, kept) -> {
            out.putLong(person.getMostSignificantBits()).putLong(person.getLeastSignificantBits());
            out.putLong(kept.revision());
            ScoreCodec.encode(kept.score(), out);
        });
        return out.array();
    }

    private static Map<UUID, KeptScore> decode(ByteBuffer in) {
        in.get();
        int count = in.getInt();
        if (count < 0 || count > in.remaining() / PER_PERSON) {
            throw new IllegalArgumentException("a count of " + count + " scores that the bytes cannot hold");
        }
        Map<UUID, KeptScore> scores = new HashMap<>(count * 2);
        for (int i = 0; i < count; i++) {
            UUID person = new UUID(in.getLong(), in.getLong());
            long revision = in.getLong();
            scores.put(person, new KeptScore(revision, ScoreCodec.decode(in)));
        }
        return scores;
    }
}
