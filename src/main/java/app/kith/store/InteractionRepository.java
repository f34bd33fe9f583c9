package app.kith.store;

import app.kith.domain.Favour;
import app.kith.domain.FollowUp;
import app.kith.domain.Interaction;
import app.kith.domain.Person;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import static app.kith.store.schema.Tables.FAVOUR;
import static app.kith.store.schema.Tables.INTERACTION;
import static app.kith.store.schema.Tables.INTERACTION_PERSON;

/** Conversations and meetings with their people. Each method is one transaction. */
public final class InteractionRepository {

    private static final String GONE = "That conversation is no longer in the journal.";

    private final Database database;
    private final Clock clock;
    private final EntryChanges changes;

    InteractionRepository(Database database, Clock clock, EntryChanges changes) {
        this.database = database;
        this.clock = clock;
        this.changes = changes;
    }

    /** Adds a conversation with its people. */
    public void add(Interaction interaction) {
        log(interaction, List.of(), null);
    }

    /**
     * Logs a conversation together with the favours that came up in it and an optional follow-up,
     * all or nothing: when any part is refused, none of it is saved.
     */
    public void log(Interaction interaction, List<Favour> favours, FollowUp followUp) {
        log(List.of(), interaction, favours, followUp);
    }

    /**
     * As {@link #log(Interaction, List, FollowUp)}, with people named for the first time in it: they are
     * added to the journal in the same transaction, so that a refused conversation leaves no one behind.
     */
    public void log(List<Person> newPeople, Interaction interaction, List<Favour> favours, FollowUp followUp) {
        database.transact(ctx -> {
            LocalDateTime now = LocalDateTime.now(clock);
            newPeople.forEach(person -> PersonRows.insert(ctx, person, now, now));
            InteractionRows.insert(ctx, interaction, now);
            for (Favour favour : favours) {
                FavourRows.insert(ctx, favour, now);
            }
            if (followUp != null) {
                FollowUpRows.insert(ctx, followUp, now);
            }
            written(ctx, EntryChange.added(interaction, favours));
        });
    }

    /** Replaces every field and the people of a conversation already in the journal. */
    public void update(Interaction interaction) {
        database.transact(ctx -> {
            Interaction before = InteractionRows.one(ctx, interaction.id());
            if (before == null || !InteractionRows.update(ctx, interaction, LocalDateTime.now(clock))) {
                throw new JournalException(GONE);
            }
            written(ctx, EntryChange.edited(before, interaction));
        });
    }

    /**
     * Rewrites a conversation already in the journal together with the favours that came up in it, all or
     * nothing: favours linked to it that the list leaves out are deleted, the others are written as given
     * (added when new). New people are added first and an optional follow-up is added last.
     */
    public void revise(List<Person> newPeople, Interaction interaction, List<Favour> favours, FollowUp followUp) {
        database.transact(ctx -> {
            LocalDateTime now = LocalDateTime.now(clock);
            newPeople.forEach(person -> PersonRows.insert(ctx, person, now, now));
            Interaction before = InteractionRows.one(ctx, interaction.id());
            if (before == null || !InteractionRows.update(ctx, interaction, now)) {
                throw new JournalException(GONE);
            }
            List<Favour> favoursBefore = FavourRows.where(ctx, FAVOUR.INTERACTION_ID.eq(interaction.id()));
            List<UUID> kept = favours.stream().map(Favour::id).toList();
            ctx.deleteFrom(FAVOUR).where(FAVOUR.INTERACTION_ID.eq(interaction.id()).and(FAVOUR.ID.notIn(kept)))
                    .execute();
            for (Favour favour : favours) {
                if (!FavourRows.update(ctx, favour, now)) {
                    FavourRows.insert(ctx, favour, now);
                }
            }
            if (followUp != null) {
                FollowUpRows.insert(ctx, followUp, now);
            }
            written(ctx, new EntryChange(List.of(before), List.of(interaction), favoursBefore, favours));
        });
    }

    public Optional<Interaction> get(UUID id) {
        return Optional.ofNullable(database.read(ctx -> InteractionRows.one(ctx, id)));
    }

    /**
     * Deletes a conversation; its favours stay, unlinked from it.
     *
     * @return what {@link #restore} needs to put it back
     */
    public DeletedInteraction delete(UUID id) {
        return database.transaction(ctx -> {
            DeletedInteraction deleted = InteractionRows.delete(ctx, id);
            if (deleted == null) {
                throw new JournalException(GONE);
            }
            written(ctx, EntryChange.removed(deleted.interaction()));
            return deleted;
        });
    }

    /**
     * Deletes a conversation together with the favours that came up in it.
     *
     * @return what {@link #restore(DeletedConversation)} needs to put it all back
     */
    public DeletedConversation deleteWithFavours(UUID id) {
        return database.transaction(ctx -> {
            List<Favour> favours = FavourRows.where(ctx, FAVOUR.INTERACTION_ID.eq(id));
            ctx.deleteFrom(FAVOUR).where(FAVOUR.INTERACTION_ID.eq(id)).execute();
            DeletedInteraction deleted = InteractionRows.delete(ctx, id);
            if (deleted == null) {
                throw new JournalException(GONE);
            }
            written(ctx, new EntryChange(List.of(deleted.interaction()), List.of(), favours, List.of()));
            return new DeletedConversation(deleted.interaction(), favours);
        });
    }

    /** Undoes {@link #deleteWithFavours}: the conversation and its favours come back as they were. */
    public void restore(DeletedConversation deleted) {
        database.transact(ctx -> {
            LocalDateTime now = LocalDateTime.now(clock);
            InteractionRows.insert(ctx, deleted.interaction(), now);
            deleted.favours().forEach(favour -> FavourRows.insert(ctx, favour, now));
            written(ctx, EntryChange.added(deleted.interaction(), deleted.favours()));
        });
    }

    /** Puts a deleted conversation back, linked again to its favours. */
    public void restore(DeletedInteraction deleted) {
        database.transact(ctx -> {
            InteractionRows.restore(ctx, deleted, LocalDateTime.now(clock));
            written(ctx, EntryChange.added(deleted.interaction(), List.of()));
        });
    }

    /**
     * A page of a person's conversations, newest first.
     *
     * @param offset how many of the newest to pass over
     * @param limit at most how many to return
     */
    public List<Interaction> forPerson(UUID person, int offset, int limit) {
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("offset and limit cannot be negative: " + offset + ", " + limit);
        }
        return database.read(ctx -> InteractionRows.withPeople(ctx, ctx.select(INTERACTION.fields())
                .from(INTERACTION)
                .join(INTERACTION_PERSON).on(INTERACTION_PERSON.INTERACTION_ID.eq(INTERACTION.ID))
                .where(INTERACTION_PERSON.PERSON_ID.eq(person))
                .orderBy(InteractionRows.NEWEST_FIRST)
                .offset(offset)
                .limit(limit)
                .fetchInto(INTERACTION)));
    }

    /** How many conversations the person took part in. */
    public int countForPerson(UUID person) {
        return database.read(ctx -> ctx.fetchCount(INTERACTION_PERSON, INTERACTION_PERSON.PERSON_ID.eq(person)));
    }

    /** How many conversations the journal holds. */
    public int count() {
        return database.read(ctx -> ctx.fetchCount(INTERACTION));
    }

    /** Every write that changes someone's conversations or favours ends here, inside its transaction. */
    private void written(DSLContext ctx, EntryChange change) {
        changes.changed(ctx, change);
    }
}
