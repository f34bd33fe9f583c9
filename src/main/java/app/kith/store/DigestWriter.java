package app.kith.store;

import app.kith.insight.PersonTimeline;
import app.kith.insight.TimelineBuilder;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import static app.kith.store.schema.Tables.PERSON;

/**
 * Keeps {@code person_digest} current: after every write that changes someone's conversations or
 * favours, inside the same transaction, each affected person's timeline is rebuilt from their rows
 * and stored. Rebuilding rather than patching the stored timeline keeps the digest a function of the
 * entries alone, so it can never drift from them, whatever the write was (an edit that changes the
 * people of a conversation changes the group size for all of them).
 */
final class DigestWriter implements EntryChanges {

    @Override
    public void changed(DSLContext ctx, Set<UUID> people) {
        Map<UUID, TimelineBuilder> found = DigestRows.fromEntries(ctx, id -> id.in(people),
                DigestRows.groupSizesOf(ctx, id -> id.in(people)));
        for (UUID person : people) {
            TimelineBuilder builder = found.get(person);
            PersonTimeline timeline = builder != null ? builder.build() : PersonTimeline.empty(person);
            // A person deleted by this very write has no digest left to keep (it went with them).
            if (builder != null || ctx.fetchExists(PERSON, PERSON.ID.eq(person))) {
                DigestRows.save(ctx, timeline);
            }
        }
    }
}
