package app.kith.store;

import app.kith.domain.Favour;
import app.kith.domain.FollowUp;
import app.kith.domain.Person;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import static app.kith.store.schema.Tables.FAVOUR;

/** Favours given and received. Each method is one transaction. */
public final class FavourRepository {

    private static final String GONE = "That favour is no longer in the journal.";

    private final Database database;
    private final Clock clock;
    private final EntryChanges changes;

    FavourRepository(Database database, Clock clock, EntryChanges changes) {
        this.database = database;
        this.clock = clock;
        this.changes = changes;
    }

    public void add(Favour favour) {
        database.transact(ctx -> {
            FavourRows.insert(ctx, favour, LocalDateTime.now(clock));
            written(ctx, EntryChange.added(favour));
        });
    }

    /**
     * Logs a favour on its own, with the people named for the first time in it and an optional follow-up,
     * all in one transaction.
     */
    public void log(List<Person> newPeople, Favour favour, FollowUp followUp) {
        database.transact(ctx -> {
            LocalDateTime now = LocalDateTime.now(clock);
            newPeople.forEach(person -> PersonRows.insert(ctx, person, now, now));
            FavourRows.insert(ctx, favour, now);
            if (followUp != null) {
                FollowUpRows.insert(ctx, followUp, now);
            }
            written(ctx, EntryChange.added(favour));
        });
    }

    /** As {@link #update(Favour)}, with new people and an optional follow-up added in the same transaction. */
    public void revise(List<Person> newPeople, Favour favour, FollowUp followUp) {
        database.transact(ctx -> {
            LocalDateTime now = LocalDateTime.now(clock);
            newPeople.forEach(person -> PersonRows.insert(ctx, person, now, now));
            Favour before = FavourRows.one(ctx, favour.id());
            if (before == null || !FavourRows.update(ctx, favour, now)) {
                throw new JournalException(GONE);
            }
            if (followUp != null) {
                FollowUpRows.insert(ctx, followUp, now);
            }
            written(ctx, EntryChange.edited(before, favour));
        });
    }

    /** Replaces every field of a favour already in the journal (it may even move to another person). */
    public void update(Favour favour) {
        database.transact(ctx -> {
            Favour before = FavourRows.one(ctx, favour.id());
            if (before == null || !FavourRows.update(ctx, favour, LocalDateTime.now(clock))) {
                throw new JournalException(GONE);
            }
            written(ctx, EntryChange.edited(before, favour));
        });
    }

    public Optional<Favour> get(UUID id) {
        return Optional.ofNullable(database.read(ctx -> FavourRows.one(ctx, id)));
    }

    /**
     * Deletes a favour.
     *
     * @return the favour as it was, so that adding it again undoes the deletion
     */
    public Favour delete(UUID id) {
        return database.transaction(ctx -> {
            Favour favour = FavourRows.one(ctx, id);
            if (favour == null) {
                throw new JournalException(GONE);
            }
            ctx.deleteFrom(FAVOUR).where(FAVOUR.ID.eq(id)).execute();
            written(ctx, EntryChange.removed(favour));
            return favour;
        });
    }

    /** The person's favours, newest first. */
    public List<Favour> forPerson(UUID person) {
        return database.read(ctx -> FavourRows.where(ctx, FAVOUR.PERSON_ID.eq(person)));
    }

    /** The favours that came up in a conversation, newest first. */
    public List<Favour> forInteraction(UUID interaction) {
        return database.read(ctx -> FavourRows.where(ctx, FAVOUR.INTERACTION_ID.eq(interaction)));
    }

    public int count() {
        return database.read(ctx -> ctx.fetchCount(FAVOUR));
    }

    /** Every write that changes someone's favours ends here, inside its transaction. */
    private void written(DSLContext ctx, EntryChange change) {
        changes.changed(ctx, change);
    }
}
