package app.kith.store;

import app.kith.insight.PersonTimeline;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import static app.kith.store.schema.Tables.PERSON_DIGEST;

/**
 * The stored timelines, decoded, remembering what it decoded: reading again decodes only the
 * digests whose bytes changed since. The bytes are always read (they are the truth, and cheap to
 * read), so no write can leave this stale, whichever process or transaction made it. On the L
 * journal this halves the time to score everyone in a warm process. Safe for one reader at a time.
 */
final class DecodedDigests {

    private Map<UUID, Decoded> last = Map.of();

    private record Decoded(byte[] interactions, byte[] favours, PersonTimeline timeline) {
    }

    synchronized Map<UUID, PersonTimeline> read(DSLContext ctx) {
        Map<UUID, Decoded> now = new HashMap<>();
        Map<UUID, PersonTimeline> timelines = new HashMap<>();
        ctx.select(PERSON_DIGEST.PERSON_ID, PERSON_DIGEST.INTERACTIONS, PERSON_DIGEST.FAVOURS)
                .from(PERSON_DIGEST)
                .fetchSize(1_000)
                .forEach(row -> {
                    UUID person = row.value1();
                    Decoded before = last.get(person);
                    Decoded decoded = before != null && Arrays.equals(before.interactions(), row.value2())
                            && Arrays.equals(before.favours(), row.value3()) ? before
                            : new Decoded(row.value2(), row.value3(),
                                    DigestRows.decode(person, row.value2(), row.value3()));
                    now.put(person, decoded);
                    timelines.put(person, decoded.timeline());
                });
        last = now;
        return timelines;
    }
}
