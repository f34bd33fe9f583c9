package app.kith.store;

import app.kith.insight.PersonTimeline;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import static app.kith.store.schema.Tables.PERSON_DIGEST;

/**
 * The per-person digests the insight engine keeps in {@code person_digest}: every write keeps them
 * current (see {@link DigestWriter}); this recomputes them all, and reads them for a check.
 */
public final class InsightDigests {

    private final Database database;

    InsightDigests(Database database) {
        this.database = database;
    }

    /**
     * Recomputes every person's digest from the entries, in one transaction.
     *
     * @return how many people have conversations or favours
     */
    public int rebuildAll(DigestProgress progress) {
        return database.transaction(ctx -> DigestRebuild.rebuildAll(ctx, progress));
    }

    /** Every stored timeline, by person; people with nothing logged have none. */
    public Map<UUID, PersonTimeline> stored() {
        return database.read(DigestRows::stored);
    }

    /** One person's stored timeline (a person's charts are drawn from it); empty when nothing is logged. */
    public PersonTimeline of(UUID person) {
        return database.read(ctx -> ctx.select(PERSON_DIGEST.INTERACTIONS, PERSON_DIGEST.FAVOURS).from(PERSON_DIGEST)
                .where(PERSON_DIGEST.PERSON_ID.eq(person))
                .fetchOptional()
                .map(row -> DigestRows.decode(person, row.value1(), row.value2()))
                .orElse(PersonTimeline.empty(person)));
    }

    /** Every timeline as a full recompute would store it, computed from the entries without writing. */
    public Map<UUID, PersonTimeline> recomputed() {
        return database.read(ctx -> {
            Map<UUID, PersonTimeline> timelines = new HashMap<>();
            DigestRebuild.forEachBatch(ctx, DigestProgress.NONE, batch -> batch.forEach(timeline -> {
                if (!timeline.isEmpty()) {
                    timelines.put(timeline.person(), timeline);
                }
            }));
            return timelines;
        });
    }
}
