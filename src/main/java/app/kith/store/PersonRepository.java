package app.kith.store;

import app.kith.domain.Person;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import static app.kith.store.schema.Tables.PERSON;
import static app.kith.store.schema.Tables.PERSON_TAG;

/**
 * People: the person aggregate with its emails, phones, tags, dates and photo. Each method is one
 * transaction.
 */
public final class PersonRepository {

    private final Database database;
    private final Clock clock;
    private final EntryChanges changes;

    PersonRepository(Database database, Clock clock, EntryChanges changes) {
        this.database = database;
        this.clock = clock;
        this.changes = changes;
    }

    /** Adds a new person with all their details. */
    public void add(Person person) {
        database.transact(ctx -> {
            LocalDateTime now = LocalDateTime.now(clock);
            PersonRows.insert(ctx, person, now, now);
        });
    }

    /** Replaces every field and detail of a person already in the journal. */
    public void update(Person person) {
        database.transact(ctx -> {
            if (!PersonRows.update(ctx, person, LocalDateTime.now(clock))) {
                throw new JournalException(PersonRemover.GONE);
            }
        });
    }

    /** The person with every detail and the photo. */
    public Optional<Person> get(UUID id) {
        return Optional.ofNullable(database.read(ctx -> PersonLoader.one(ctx, id)));
    }

    /** Everyone with every detail, in name order (for export; the People list uses {@link #summaries()}). */
    public List<Person> all() {
        return database.read(PersonLoader::all);
    }

    /**
     * Deletes a person who has no conversations or favours; their follow-ups and review decisions go too.
     *
     * @return what {@link #restore} needs to undo it
     * @throws PersonHasEntriesException when conversations or favours name the person; nothing changes then
     */
    public PersonRemoval delete(UUID id) {
        return database.transaction(ctx -> PersonRemover.remove(ctx, id, false).removal());
    }

    /**
     * Deletes a person with everything that is theirs alone: the conversations only they took part in,
     * their favours and follow-ups. Conversations with others stay, without them.
     *
     * @return what {@link #restore} needs to undo it
     */
    public PersonRemoval deleteWithEntries(UUID id) {
        return database.transaction(ctx -> {
            PersonRemover.Removed removed = PersonRemover.remove(ctx, id, true);
            written(ctx, removed.others());
            return removed.removal();
        });
    }

    /** Undoes a deletion: the person and what was removed with them come back. */
    public void restore(PersonRemoval removal) {
        database.transact(ctx -> written(ctx, PersonRemover.restore(ctx, removal, LocalDateTime.now(clock))));
    }

    public void setArchived(UUID id, boolean archived) {
        database.transact(ctx -> {
            int updated = ctx.update(PERSON).set(PERSON.ARCHIVED, archived)
                    .set(PERSON.UPDATED_AT, LocalDateTime.now(clock))
                    .where(PERSON.ID.eq(id)).execute();
            if (updated == 0) {
                throw new JournalException(PersonRemover.GONE);
            }
        });
    }

    /** The number of people, archived ones included. */
    public int count() {
        return database.read(ctx -> ctx.fetchCount(PERSON));
    }

    /** Every tag in use, once each, sorted without regard to case. */
    public List<String> allTags() {
        return database.read(ctx -> ctx.selectDistinct(PERSON_TAG.TAG).from(PERSON_TAG).fetch(PERSON_TAG.TAG))
                .stream().sorted(PersonLoader.TAG_ORDER).toList();
    }

    /**
     * Everyone as the People list shows them, in name order, read with a fixed number of queries.
     * The last conversation is the latest on or before today: planned ones do not count yet.
     */
    public List<PersonSummary> summaries() {
        LocalDate today = LocalDate.now(clock);
        return database.read(ctx -> PersonSummaries.all(ctx, today));
    }

    /** Every write that changes someone's conversations or favours ends here, inside its transaction. */
    private void written(DSLContext ctx, Set<UUID> people) {
        if (!people.isEmpty()) {
            changes.changed(ctx, people);
        }
    }
}
