package app.kith.store;

import app.kith.insight.PersonTimeline;
import app.kith.insight.TimelineBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.jooq.DSLContext;
import static app.kith.store.schema.Tables.PERSON;
import static app.kith.store.schema.Tables.PERSON_DIGEST;

/**
 * Recomputes every person's digest from the entries: after bulk writes (a sample, an import), which
 * go around the repositories, and whenever a check is wanted. People are taken a batch at a time in
 * id order, so that only one batch's timelines are in memory however large the journal is.
 */
final class DigestRebuild {

    /** People per batch: on the L journal about 50,000 conversation rows at a time. */
    static final int BATCH_PEOPLE = 500;

    private DigestRebuild() {
    }

    /**
     * Replaces every digest, in the caller's transaction.
     *
     * @return how many people have a digest afterwards
     */
    static int rebuildAll(DSLContext ctx, DigestProgress progress) {
        ctx.deleteFrom(PERSON_DIGEST).execute();
        int[] written = {0};
        forEachBatch(ctx, progress, timelines -> {
            DigestRows.insertAll(ctx, timelines);
            written[0] += (int) timelines.stream().filter(timeline -> !timeline.isEmpty()).count();
        });
        return written[0];
    }

    /** Hands the timelines of everyone with entries to the consumer, a batch at a time. */
    static void forEachBatch(DSLContext ctx, DigestProgress progress,
                             Consumer<List<PersonTimeline>> consumer) {
        List<UUID> ids = ctx.select(PERSON.ID).from(PERSON).orderBy(PERSON.ID).fetch(PERSON.ID);
        Map<UUID, Integer> groupSizes = DigestRows.groupSizes(ctx);
        progress.update(0, ids.size());
        for (int from = 0; from < ids.size(); from += BATCH_PEOPLE) {
            int to = Math.min(from + BATCH_PEOPLE, ids.size());
            UUID first = ids.get(from);
            UUID last = ids.get(to - 1);
            List<PersonTimeline> timelines = new ArrayList<>();
            for (TimelineBuilder builder : DigestRows.fromEntries(ctx, id -> id.between(first, last), groupSizes).values()) {
                timelines.add(builder.build());
            }
            consumer.accept(timelines);
            progress.update(to, ids.size());
        }
    }
}
