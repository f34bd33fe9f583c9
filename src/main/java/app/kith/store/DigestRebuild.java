package app.kith.store;

import app.kith.insight.PersonTimeline;
import app.kith.insight.TimelineBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.jooq.DSLContext;
import static app.kith.store.schema.Tables.PERSON_DIGEST;
import static org.jooq.impl.DSL.noCondition;

/**
 * Recomputes every person's digest from the entries: after bulk writes (a sample, an import), which
 * go around the repositories, and whenever a check is wanted. Timelines are built, encoded and
 * written a batch of people at a time, and each person's columns are let go once written.
 */
final class DigestRebuild {

    /** People whose digests are written together. */
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

    /**
     * Hands the timelines of everyone with entries to the consumer, a batch at a time. The entries are
     * read in one pass each over conversations and favours, into compact per-person columns (about
     * 16 bytes a conversation; one pass is ten times faster on H2 than a range of people at a time).
     */
    static void forEachBatch(DSLContext ctx, DigestProgress progress, Consumer<List<PersonTimeline>> consumer) {
        inBatches(DigestRows.fromEntries(ctx, id -> noCondition(), DigestRows.groupSizes(ctx)), progress, consumer);
    }

    /** Hands the builders' timelines to the consumer a batch at a time, letting each builder go once built. */
    static void inBatches(Map<UUID, TimelineBuilder> builders, DigestProgress progress,
                          Consumer<List<PersonTimeline>> consumer) {
        int total = builders.size();
        progress.update(0, total);
        List<PersonTimeline> batch = new ArrayList<>(BATCH_PEOPLE);
        int done = 0;
        for (var it = builders.values().iterator(); it.hasNext(); ) {
            batch.add(it.next().build());
            it.remove();
            if (batch.size() == BATCH_PEOPLE || !it.hasNext()) {
                consumer.accept(batch);
                done += batch.size();
                progress.update(done, total);
                batch = new ArrayList<>(BATCH_PEOPLE);
            }
        }
    }
}
