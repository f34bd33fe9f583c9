package app.kith.store;

import app.kith.domain.Channel;
import app.kith.domain.Depth;
import app.kith.domain.Initiator;
import app.kith.domain.Interaction;
import app.kith.store.schema.tables.records.InteractionRecord;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SortField;
import static app.kith.store.schema.Tables.FAVOUR;
import static app.kith.store.schema.Tables.INTERACTION;
import static app.kith.store.schema.Tables.INTERACTION_PERSON;
import static app.kith.store.schema.Tables.PERSON;
import static org.jooq.impl.DSL.lower;

/** Reads and writes conversations with their people inside a transaction. */
final class InteractionRows {

    /** Newest first: by day, then time of day (untimed last), then the order they were logged in. */
    static final List<SortField<?>> NEWEST_FIRST = List.of(INTERACTION.OCCURRED_ON.desc(),
            INTERACTION.OCCURRED_AT.desc().nullsLast(), INTERACTION.CREATED_AT.desc(), INTERACTION.ID.desc());

    private InteractionRows() {
    }

    static void insert(DSLContext ctx, Interaction interaction, LocalDateTime now) {
        InteractionRecord row = row(interaction, now);
        row.setCreatedAt(now);
        ctx.insertInto(INTERACTION).set(row).execute();
        insertPeople(ctx, interaction.id(), interaction.people());
    }

    /** Replaces every field and the people; false when the conversation is not in the journal. */
    static boolean update(DSLContext ctx, Interaction interaction, LocalDateTime now) {
        int updated = ctx.update(INTERACTION).set(row(interaction, now))
                .where(INTERACTION.ID.eq(interaction.id())).execute();
        if (updated == 0) {
            return false;
        }
        ctx.deleteFrom(INTERACTION_PERSON).where(INTERACTION_PERSON.INTERACTION_ID.eq(interaction.id())).execute();
        insertPeople(ctx, interaction.id(), interaction.people());
        return true;
    }

    /** Deletes the conversation, or returns null when it is not in the journal. */
    static DeletedInteraction delete(DSLContext ctx, UUID id) {
        List<DeletedInteraction> deleted = deleteWhere(ctx, column -> column.eq(id));
        return deleted.isEmpty() ? null : deleted.get(0);
    }

    /**
     * Deletes every conversation whose id the condition picks, with a fixed number of queries.
     *
     * @param ids which conversations, said of a column that holds an interaction's id
     */
    static List<DeletedInteraction> deleteWhere(DSLContext ctx, Function<Field<UUID>, Condition> ids) {
        List<Interaction> interactions = withPeople(ctx,
                ctx.selectFrom(INTERACTION).where(ids.apply(INTERACTION.ID)).orderBy(NEWEST_FIRST).fetch(),
                ids.apply(INTERACTION_PERSON.INTERACTION_ID));
        if (interactions.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<UUID>> favours = ctx.select(FAVOUR.INTERACTION_ID, FAVOUR.ID).from(FAVOUR)
                .where(ids.apply(FAVOUR.INTERACTION_ID)).orderBy(FAVOUR.ID)
                .fetchGroups(FAVOUR.INTERACTION_ID, FAVOUR.ID);
        // The foreign key unlinks those favours (ON DELETE SET NULL); they stay in the journal.
        ctx.deleteFrom(INTERACTION).where(ids.apply(INTERACTION.ID)).execute();
        return interactions.stream()
                .map(interaction -> new DeletedInteraction(interaction,
                        favours.getOrDefault(interaction.id(), List.of())))
                .toList();
    }

    /** Puts a deleted conversation back and links again those of its favours that are still in the journal. */
    static void restore(DSLContext ctx, DeletedInteraction deleted, LocalDateTime now) {
        insert(ctx, deleted.interaction(), now);
        if (!deleted.linkedFavours().isEmpty()) {
            ctx.update(FAVOUR).set(FAVOUR.INTERACTION_ID, deleted.interaction().id())
                    .where(FAVOUR.ID.in(deleted.linkedFavours())).execute();
        }
    }

    static Interaction one(DSLContext ctx, UUID id) {
        List<Interaction> found = withPeople(ctx, ctx.selectFrom(INTERACTION).where(INTERACTION.ID.eq(id)).fetch());
        return found.isEmpty() ? null : found.get(0);
    }

    /** The people of a conversation. */
    static List<UUID> people(DSLContext ctx, UUID id) {
        return ctx.select(INTERACTION_PERSON.PERSON_ID).from(INTERACTION_PERSON)
                .where(INTERACTION_PERSON.INTERACTION_ID.eq(id)).fetch(INTERACTION_PERSON.PERSON_ID);
    }

    /**
     * The rows as interactions, keeping their order, with their people read in one query.
     * The journal keeps no order among a conversation's people: they come back in name order.
     */
    static List<Interaction> withPeople(DSLContext ctx, List<InteractionRecord> rows) {
        Collection<UUID> ids = rows.stream().map(InteractionRecord::getId).toList();
        return withPeople(ctx, rows, INTERACTION_PERSON.INTERACTION_ID.in(ids));
    }

    /** As above, with the participant rows to read picked by a condition on interaction_person. */
    private static List<Interaction> withPeople(DSLContext ctx, List<InteractionRecord> rows, Condition participants) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<UUID>> people = ctx.select(INTERACTION_PERSON.INTERACTION_ID, INTERACTION_PERSON.PERSON_ID)
                .from(INTERACTION_PERSON)
                .join(PERSON).on(PERSON.ID.eq(INTERACTION_PERSON.PERSON_ID))
                .where(participants)
                .orderBy(lower(PERSON.NAME), PERSON.NAME, PERSON.ID)
                .fetchGroups(INTERACTION_PERSON.INTERACTION_ID, INTERACTION_PERSON.PERSON_ID);
        List<Interaction> interactions = new ArrayList<>(rows.size());
        for (InteractionRecord row : rows) {
            interactions.add(new Interaction(row.getId(), row.getOccurredOn(), row.getOccurredAt(),
                    Codes.parse(Channel.class, row.getChannel()), Codes.parse(Depth.class, row.getDepth()),
                    Codes.parse(Initiator.class, row.getInitiatedBy()), row.getMinutes(),
                    people.get(row.getId()), row.getNotes()));
        }
        return interactions;
    }

    private static InteractionRecord row(Interaction interaction, LocalDateTime now) {
        InteractionRecord row = new InteractionRecord();
        row.setId(interaction.id());
        row.setOccurredOn(interaction.date());
        row.setOccurredAt(interaction.time());
        row.setChannel(Codes.code(interaction.channel()));
        row.setDepth(Codes.code(interaction.depth()));
        row.setInitiatedBy(Codes.code(interaction.initiatedBy()));
        row.setMinutes(interaction.minutes());
        row.setNotes(interaction.notes());
        row.setUpdatedAt(now);
        return row;
    }

    private static void insertPeople(DSLContext ctx, UUID id, List<UUID> people) {
        var insert = ctx.insertInto(INTERACTION_PERSON,
                INTERACTION_PERSON.INTERACTION_ID, INTERACTION_PERSON.PERSON_ID);
        for (UUID person : people) {
            insert = insert.values(id, person);
        }
        insert.execute();
    }
}
