package app.kith.store;

import app.kith.domain.Person;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import static app.kith.store.schema.Tables.FAVOUR;
import static app.kith.store.schema.Tables.FOLLOW_UP;
import static app.kith.store.schema.Tables.INTERACTION_PERSON;
import static app.kith.store.schema.Tables.PERSON;
import static app.kith.store.schema.Tables.REVIEW_DECISION;
import static org.jooq.impl.DSL.row;
import static org.jooq.impl.DSL.select;

/**
 * Two people of the journal made one, in one transaction: every conversation, favour, follow-up and
 * review decision of the other becomes the kept person's (a conversation with both keeps one
 * participant), their details are joined without loss ({@link PeopleMerge#joined}), and the digests
 * of everyone concerned are brought up to date. The undo puts both back as they were.
 */
public final class PersonMerges {

    private final Database database;
    private final Clock clock;
    private final EntryChanges changes;

    PersonMerges(Database database, Clock clock, EntryChanges changes) {
        this.database = database;
        this.clock = clock;
        this.changes = changes;
    }

    /** @throws JournalException when either is no longer in the journal, or both are the same person */
    public PersonMergeUndo merge(UUID keepId, UUID otherId) {
        if (keepId.equals(otherId)) {
            throw new JournalException("A person cannot be merged with themselves.");
        }
        return database.transaction(ctx -> {
            Person keep = PersonLoader.one(ctx, keepId);
            Person other = PersonLoader.one(ctx, otherId);
            if (keep == null || other == null) {
                throw new JournalException(PersonRemover.GONE);
            }
            List<UUID> shared = interactionsOf(ctx, otherId).stream()
                    .filter(interactionsOf(ctx, keepId)::contains).toList();
            List<UUID> moved = interactionsOf(ctx, otherId).stream().filter(id -> !shared.contains(id)).toList();
            Set<UUID> affected = new LinkedHashSet<>(List.of(keepId));
            affected.addAll(peopleOf(ctx, shared));
            affected.remove(otherId);
            ctx.deleteFrom(INTERACTION_PERSON).where(INTERACTION_PERSON.PERSON_ID.eq(otherId)
                    .and(INTERACTION_PERSON.INTERACTION_ID.in(shared))).execute();
            ctx.update(INTERACTION_PERSON).set(INTERACTION_PERSON.PERSON_ID, keepId)
                    .where(INTERACTION_PERSON.PERSON_ID.eq(otherId)).execute();
            List<UUID> favours = ctx.select(FAVOUR.ID).from(FAVOUR).where(FAVOUR.PERSON_ID.eq(otherId)).fetch(FAVOUR.ID);
            ctx.update(FAVOUR).set(FAVOUR.PERSON_ID, keepId).where(FAVOUR.PERSON_ID.eq(otherId)).execute();
            List<UUID> followUps = ctx.select(FOLLOW_UP.ID).from(FOLLOW_UP).where(FOLLOW_UP.PERSON_ID.eq(otherId))
                    .fetch(FOLLOW_UP.ID);
            ctx.update(FOLLOW_UP).set(FOLLOW_UP.PERSON_ID, keepId).where(FOLLOW_UP.PERSON_ID.eq(otherId)).execute();
            List<PersonMergeUndo.Placed> decisions = ctx.select(REVIEW_DECISION.REVIEW_ID, REVIEW_DECISION.POSITION)
                    .from(REVIEW_DECISION).where(REVIEW_DECISION.PERSON_ID.eq(otherId))
                    .fetch(r -> new PersonMergeUndo.Placed(r.value1(), r.value2()));
            ctx.update(REVIEW_DECISION).set(REVIEW_DECISION.PERSON_ID, keepId)
                    .where(REVIEW_DECISION.PERSON_ID.eq(otherId)).execute();
            LocalDateTime otherAdded = ctx.select(PERSON.CREATED_AT).from(PERSON).where(PERSON.ID.eq(otherId))
                    .fetchSingle(PERSON.CREATED_AT);
            PersonRows.update(ctx, PeopleMerge.joined(keep, other), LocalDateTime.now(clock));
            // The other's details, photo and digest go with them (ON DELETE CASCADE).
            ctx.deleteFrom(PERSON).where(PERSON.ID.eq(otherId)).execute();
            changes.changed(ctx, affected);
            return new PersonMergeUndo(keep, other, otherAdded, moved, shared, favours, followUps, decisions);
        });
    }

    /** Puts both people back as they were before the merge, with their own entries. */
    public void undo(PersonMergeUndo merge) {
        database.transact(ctx -> {
            UUID keepId = merge.keepBefore().id();
            UUID otherId = merge.other().id();
            LocalDateTime now = LocalDateTime.now(clock);
            PersonRows.update(ctx, merge.keepBefore(), now);
            PersonRows.insert(ctx, merge.other(), merge.otherAddedAt(), now);
            ctx.update(INTERACTION_PERSON).set(INTERACTION_PERSON.PERSON_ID, otherId)
                    .where(INTERACTION_PERSON.PERSON_ID.eq(keepId)
                            .and(INTERACTION_PERSON.INTERACTION_ID.in(merge.movedInteractions()))).execute();
            for (UUID interaction : merge.sharedInteractions()) {
                ctx.insertInto(INTERACTION_PERSON, INTERACTION_PERSON.INTERACTION_ID, INTERACTION_PERSON.PERSON_ID)
                        .select(select(INTERACTION_PERSON.INTERACTION_ID, org.jooq.impl.DSL.val(otherId))
                                .from(INTERACTION_PERSON).where(INTERACTION_PERSON.INTERACTION_ID.eq(interaction)
                                        .and(INTERACTION_PERSON.PERSON_ID.eq(keepId))))
                        .execute();
            }
            ctx.update(FAVOUR).set(FAVOUR.PERSON_ID, otherId).where(FAVOUR.ID.in(merge.favours())).execute();
            ctx.update(FOLLOW_UP).set(FOLLOW_UP.PERSON_ID, otherId).where(FOLLOW_UP.ID.in(merge.followUps()))
                    .execute();
            for (PersonMergeUndo.Placed placed : merge.decisions()) {
                ctx.update(REVIEW_DECISION).set(REVIEW_DECISION.PERSON_ID, otherId)
                        .where(row(REVIEW_DECISION.REVIEW_ID, REVIEW_DECISION.POSITION)
                                .eq(placed.review(), placed.position())).execute();
            }
            Set<UUID> affected = new LinkedHashSet<>(List.of(keepId, otherId));
            affected.addAll(peopleOf(ctx, merge.sharedInteractions()));
            changes.changed(ctx, affected);
        });
    }

    private static List<UUID> interactionsOf(DSLContext ctx, UUID person) {
        return ctx.select(INTERACTION_PERSON.INTERACTION_ID).from(INTERACTION_PERSON)
                .where(INTERACTION_PERSON.PERSON_ID.eq(person)).fetch(INTERACTION_PERSON.INTERACTION_ID);
    }

    private static List<UUID> peopleOf(DSLContext ctx, List<UUID> interactions) {
        return interactions.isEmpty() ? List.of() : ctx.selectDistinct(INTERACTION_PERSON.PERSON_ID)
                .from(INTERACTION_PERSON).where(INTERACTION_PERSON.INTERACTION_ID.in(interactions))
                .fetch(INTERACTION_PERSON.PERSON_ID);
    }
}
