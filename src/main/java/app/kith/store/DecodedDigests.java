package app.kith.store;

import app.kith.insight.PersonTimeline;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.jooq.Record4;
import org.jooq.SelectJoinStep;
import static app.kith.store.schema.Tables.PERSON_DIGEST;

/**
 * The stored timelines, decoded, remembering what it decoded. Every digest row carries a revision
 * that each write renews (V2__digest_revision.sql), so reading again reads only the revisions, then
 * the bytes of the few digests whose revision changed: after one conversation is logged on the L
 * journal that is two digests instead of 10,000. An unchanged digest keeps its timeline object, so
 * that what was worked out from it (its score) can be kept too. Safe for one reader at a time.
 */
final class DecodedDigests {

    /** Beyond this many changed digests one pass over all of them is quicker than looking each up. */
    private static final int LOOKUP_LIMIT = 1_000;
    private static final int FETCH_SIZE = 1_000;

    private Map<UUID, Decoded> last = Map.of();

    private record Decoded(long revision, PersonTimeline timeline) {
    }

    synchronized Map<UUID, PersonTimeline> read(DSLContext ctx) {
        Map<UUID, Long> revisions = ctx.select(PERSON_DIGEST.PERSON_ID, PERSON_DIGEST.REVISION).from(PERSON_DIGEST)
                .fetchSize(FETCH_SIZE).fetchMap(PERSON_DIGEST.PERSON_ID, PERSON_DIGEST.REVISION);
        Map<UUID, Decoded> now = new HashMap<>(revisions.size() * 2);
        List<UUID> changed = new ArrayList<>();
        revisions.forEach((person, revision) -> {
            Decoded before = last.get(person);
            if (before != null && before.revision() == revision) {
                now.put(person, before);
            } else {
                changed.add(person);
            }
        });
        // The bytes are read with their own revision: a write committed between the two queries is
        // then remembered under its new revision, never the old one.
        if (changed.size() > LOOKUP_LIMIT) {
            now.clear();
            decode(bytes(ctx).fetchSize(FETCH_SIZE).fetch(), now);
        } else if (!changed.isEmpty()) {
            decode(bytes(ctx).where(PERSON_DIGEST.PERSON_ID.in(changed)).fetch(), now);
        }
        last = now;
        Map<UUID, PersonTimeline> timelines = new HashMap<>(now.size() * 2);
        now.forEach((person, decoded) -> timelines.put(person, decoded.timeline()));
        return timelines;
    }

    /** Decodes on every core when there are many: decoding a large journal is a good part of a cold start. */
    private static void decode(List<Record4<UUID, Long, byte[], byte[]>> rows, Map<UUID, Decoded> into) {
        Stream<Record4<UUID, Long, byte[], byte[]>> stream = rows.size() > LOOKUP_LIMIT ? rows.parallelStream()
                : rows.stream();
        List<Decoded> decoded = stream.map(row -> new Decoded(row.value2(),
                DigestRows.decode(row.value1(), row.value3(), row.value4()))).toList();
        for (int i = 0; i < rows.size(); i++) {
            into.put(rows.get(i).value1(), decoded.get(i));
        }
    }

    private static SelectJoinStep<Record4<UUID, Long, byte[], byte[]>> bytes(DSLContext ctx) {
        return ctx.select(PERSON_DIGEST.PERSON_ID, PERSON_DIGEST.REVISION, PERSON_DIGEST.INTERACTIONS,
                PERSON_DIGEST.FAVOURS).from(PERSON_DIGEST);
    }
}
