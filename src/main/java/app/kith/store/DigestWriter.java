package app.kith.store;

import app.kith.domain.Favour;
import app.kith.domain.Interaction;
import app.kith.insight.PersonTimeline;
import app.kith.insight.TimelineBuilder;
import app.kith.insight.TimelineCodec;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Record3;
import org.jooq.impl.DSL;
import static app.kith.store.schema.Tables.PERSON;
import static app.kith.store.schema.Tables.PERSON_DIGEST;

/**
 * Keeps {@code person_digest} current: after every write that changes someone's conversations or
 * favours, inside the same transaction. A simple write (one conversation or favour logged, edited,
 * deleted or restored) patches each affected person's stored timeline: the entries as they were are
 * taken out and the entries as they are put in, which for a conversation whose people changed means
 * every one of its people, old and new, since its group size changed for all of them. An import hands
 * over the timelines of the people it gave their first entries, gathered as it wrote them. Anything else
 * (people deleted or restored with their entries, the others an import added to) rebuilds each affected
 * person's timeline from their rows. So does a simple write for anyone whose stored timeline cannot be patched (none
 * stored, unreadable, or without an entry the write took out): the rows are the truth.
 */
final class DigestWriter implements EntryChanges {

    /**
     * From this many people on, and a quarter of everyone, one pass over all the entries is quicker
     * than looking up each person's: importing the M sample into an empty journal spent about a third
     * of the time on its digests this way (by profile).
     */
    private static final int WHOLE_PASS_FROM = 100;

    @Override
    public void changed(DSLContext ctx, Set<UUID> people) {
        boolean wholePass = people.size() >= WHOLE_PASS_FROM && people.size() * 4 >= ctx.fetchCount(PERSON);
        Map<UUID, TimelineBuilder> found = wholePass
                ? DigestRows.fromEntries(ctx, id -> DSL.noCondition(), DigestRows.groupSizes(ctx))
                : DigestRows.fromEntries(ctx, id -> id.in(people), DigestRows.groupSizesOf(ctx, id -> id.in(people)));
        for (UUID person : people) {
            TimelineBuilder builder = found.get(person);
            PersonTimeline timeline = builder != null ? builder.build() : PersonTimeline.empty(person);
            // A person deleted by this very write has no digest left to keep (it went with them).
            if (builder != null || ctx.fetchExists(PERSON, PERSON.ID.eq(person))) {
                DigestRows.save(ctx, timeline);
            }
        }
    }

    /**
     * The timelines gathered as the import wrote them are saved as they are, a batch at a time; the people who
     * had entries before have theirs rebuilt from the rows.
     */
    @Override
    public void imported(DSLContext ctx, ImportedTimelines imported) {
        Map<UUID, TimelineBuilder> fresh = imported.fresh();
        // No digest should exist for someone without entries; one that does is out of step, and goes.
        if (!fresh.isEmpty()) {
            ctx.deleteFrom(PERSON_DIGEST).where(PERSON_DIGEST.PERSON_ID.in(fresh.keySet())).execute();
        }
        DigestRebuild.inBatches(fresh, DigestProgress.NONE, batch -> DigestRows.insertAll(ctx, batch));
        if (!imported.others().isEmpty()) {
            changed(ctx, imported.others());
        }
    }

    @Override
    public void changed(DSLContext ctx, EntryChange change) {
        Set<UUID> people = change.people();
        Set<UUID> toRebuild = new LinkedHashSet<>(people);
        for (Record3<UUID, byte[], byte[]> row : ctx.select(PERSON_DIGEST.PERSON_ID, PERSON_DIGEST.INTERACTIONS,
                PERSON_DIGEST.FAVOURS).from(PERSON_DIGEST).where(PERSON_DIGEST.PERSON_ID.in(people)).fetch()) {
            PersonTimeline patched = patched(row.value1(), row.value2(), row.value3(), change);
            if (patched != null) {
                DigestRows.save(ctx, patched);
                toRebuild.remove(row.value1());
            }
        }
        if (!toRebuild.isEmpty()) {
            changed(ctx, toRebuild);
        }
    }

    /** The person's stored timeline with the change applied, or null when it cannot be patched. */
    private static PersonTimeline patched(UUID person, byte[] interactions, byte[] favours, EntryChange change) {
        try {
            PersonTimeline timeline = TimelineCodec.decode(person, interactions, favours);
            for (Interaction interaction : change.removedInteractions()) {
                if (interaction.people().contains(person)) {
                    timeline = timeline.without(interaction);
                }
            }
            for (Favour favour : change.removedFavours()) {
                if (favour.person().equals(person)) {
                    timeline = timeline.without(favour);
                }
            }
            for (Interaction interaction : change.addedInteractions()) {
                if (interaction.people().contains(person)) {
                    timeline = timeline.with(interaction);
                }
            }
            for (Favour favour : change.addedFavours()) {
                if (favour.person().equals(person)) {
                    timeline = timeline.with(favour);
                }
            }
            return timeline;
        } catch (IllegalArgumentException e) {
            // Unreadable, or out of step with the rows (it lacks an entry the write took out).
            return null;
        }
    }
}
