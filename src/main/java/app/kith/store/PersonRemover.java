package app.kith.store;

import app.kith.domain.Favour;
import app.kith.domain.FollowUp;
import app.kith.domain.Person;
import app.kith.store.PersonRemoval.PlacedDecision;
import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record1;
import org.jooq.Select;
import static app.kith.store.schema.Tables.FAVOUR;
import static app.kith.store.schema.Tables.FOLLOW_UP;
import static app.kith.store.schema.Tables.INTERACTION;
import static app.kith.store.schema.Tables.INTERACTION_PERSON;
import static app.kith.store.schema.Tables.PERSON;
import static app.kith.store.schema.Tables.REVIEW;
import static app.kith.store.schema.Tables.REVIEW_DECISION;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectOne;
import static org.jooq.impl.DSL.val;

/**
 * Takes a person out of the journal, with or without their entries, and puts them back: inside the
 * caller's transaction, with a fixed number of queries however many entries there are.
 */
final class PersonRemover {

    static final String GONE = "That person is no longer in the journal.";

    private PersonRemover() {
    }

    /** What a removal changed: the record to restore from, and the others whose conversations changed. */
    record Removed(PersonRemoval removal, Set<UUID> others) {
    }

    /**
     * @param withEntries false to refuse when conversations or favours name the person
     * @throws PersonHasEntriesException when refused
     */
    static Removed remove(DSLContext ctx, UUID id, boolean withEntries) {
        Person person = PersonLoader.one(ctx, id);
        if (person == null) {
            throw new JournalException(GONE);
        }
        List<UUID> shared = ctx.select(INTERACTION_PERSON.INTERACTION_ID).from(INTERACTION_PERSON)
                .where(INTERACTION_PERSON.PERSON_ID.eq(id).and(hasOthers(id))).fetch(INTERACTION_PERSON.INTERACTION_ID);
        int interactions = ctx.fetchCount(INTERACTION_PERSON, INTERACTION_PERSON.PERSON_ID.eq(id));
        List<Favour> favours = FavourRows.where(ctx, FAVOUR.PERSON_ID.eq(id));
        if (!withEntries && (interactions > 0 || !favours.isEmpty())) {
            throw new PersonHasEntriesException(person.name(), interactions, favours.size());
        }
        Set<UUID> others = new LinkedHashSet<>(ctx.selectDistinct(INTERACTION_PERSON.PERSON_ID)
                .from(INTERACTION_PERSON)
                .where(INTERACTION_PERSON.INTERACTION_ID.in(shared).and(INTERACTION_PERSON.PERSON_ID.ne(id)))
                .fetch(INTERACTION_PERSON.PERSON_ID));
        LocalDateTime addedAt = ctx.select(PERSON.CREATED_AT).from(PERSON).where(PERSON.ID.eq(id))
                .fetchSingle(PERSON.CREATED_AT);
        List<FollowUp> followUps = FollowUpRows.where(ctx, FOLLOW_UP.PERSON_ID.eq(id));
        List<PlacedDecision> decisions = decisions(ctx, id);

        ctx.deleteFrom(FAVOUR).where(FAVOUR.PERSON_ID.eq(id)).execute();
        Select<Record1<UUID>> solo = select(INTERACTION_PERSON.INTERACTION_ID).from(INTERACTION_PERSON)
                .where(INTERACTION_PERSON.PERSON_ID.eq(id).andNot(hasOthers(id)));
        List<DeletedInteraction> soloInteractions = InteractionRows.deleteWhere(ctx, column -> column.in(solo));
        ctx.deleteFrom(INTERACTION_PERSON).where(INTERACTION_PERSON.PERSON_ID.eq(id)).execute();
        // The rest (photo, details, follow-ups, review decisions) goes with the person by ON DELETE CASCADE.
        ctx.deleteFrom(PERSON).where(PERSON.ID.eq(id)).execute();
        return new Removed(new PersonRemoval(person, addedAt, soloInteractions, shared, favours, followUps,
                decisions), others);
    }

    /**
     * Puts a removed person back with their entries. Conversations with others that were deleted since
     * are not brought back, and favours whose conversation is gone come back unlinked.
     *
     * @return everyone whose conversations or favours the restore changed
     */
    static Set<UUID> restore(DSLContext ctx, PersonRemoval removal, LocalDateTime now) {
        UUID id = removal.person().id();
        PersonRows.insert(ctx, removal.person(), removal.addedAt(), now);
        for (DeletedInteraction interaction : removal.soloInteractions()) {
            InteractionRows.restore(ctx, interaction, now);
        }
        Set<UUID> changed = new LinkedHashSet<>();
        changed.add(id);
        if (!removal.sharedInteractions().isEmpty()) {
            changed.addAll(ctx.selectDistinct(INTERACTION_PERSON.PERSON_ID).from(INTERACTION_PERSON)
                    .where(INTERACTION_PERSON.INTERACTION_ID.in(removal.sharedInteractions()))
                    .fetch(INTERACTION_PERSON.PERSON_ID));
            ctx.insertInto(INTERACTION_PERSON, INTERACTION_PERSON.INTERACTION_ID, INTERACTION_PERSON.PERSON_ID)
                    .select(select(INTERACTION.ID, val(id)).from(INTERACTION)
                            .where(INTERACTION.ID.in(removal.sharedInteractions())))
                    .execute();
        }
        restoreFavours(ctx, removal.favours(), now);
        for (FollowUp followUp : removal.followUps()) {
            FollowUpRows.insert(ctx, followUp, now);
        }
        for (PlacedDecision decision : removal.decisions()) {
            restoreDecision(ctx, decision);
        }
        return changed;
    }

    /** Whether an interaction_person row's conversation has people besides this one. */
    private static Condition hasOthers(UUID id) {
        var other = INTERACTION_PERSON.as("other");
        return exists(selectOne().from(other)
                .where(other.INTERACTION_ID.eq(INTERACTION_PERSON.INTERACTION_ID).and(other.PERSON_ID.ne(id))));
    }

    private static List<PlacedDecision> decisions(DSLContext ctx, UUID id) {
        return ctx.selectFrom(REVIEW_DECISION).where(REVIEW_DECISION.PERSON_ID.eq(id))
                .orderBy(REVIEW_DECISION.REVIEW_ID, REVIEW_DECISION.POSITION)
                .fetch(row -> new PlacedDecision(row.getReviewId(), row.getPosition(), ReviewRows.decision(row)));
    }

    private static void restoreFavours(DSLContext ctx, List<Favour> favours, LocalDateTime now) {
        Set<UUID> linked = new LinkedHashSet<>();
        favours.stream().map(Favour::interaction).filter(Objects::nonNull).forEach(linked::add);
        Set<UUID> present = linked.isEmpty() ? Set.of() : Set.copyOf(ctx.select(INTERACTION.ID).from(INTERACTION)
                .where(INTERACTION.ID.in(linked)).fetch(INTERACTION.ID));
        for (Favour favour : favours) {
            boolean keepLink = favour.interaction() == null || present.contains(favour.interaction());
            FavourRows.insert(ctx, keepLink ? favour : new Favour(favour.id(), favour.date(), favour.person(),
                    favour.direction(), favour.size(), favour.kind(), favour.description(), favour.status(), null),
                    now);
        }
    }

    /** Back in its place in the review, or at its end when that place has been taken since. */
    private static void restoreDecision(DSLContext ctx, PlacedDecision placed) {
        if (!ctx.fetchExists(REVIEW, REVIEW.ID.eq(placed.review()))) {
            return;
        }
        boolean taken = ctx.fetchExists(REVIEW_DECISION, REVIEW_DECISION.REVIEW_ID.eq(placed.review())
                .and(REVIEW_DECISION.POSITION.eq(placed.position())));
        int position = taken ? ReviewRows.nextPosition(ctx, placed.review()) : placed.position();
        ReviewRows.insertDecision(ctx, placed.review(), position, placed.decision());
    }
}
