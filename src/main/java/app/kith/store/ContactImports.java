package app.kith.store;

import app.kith.domain.Person;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import static app.kith.store.schema.Tables.PERSON;
import static app.kith.store.schema.Tables.PERSON_EMAIL;
import static app.kith.store.schema.Tables.PERSON_PHONE;

/**
 * Contacts coming in from address books: the journal's people to match them against, the import
 * itself (all or nothing, one transaction), and its undo.
 */
public final class ContactImports {

    private final Database database;
    private final Clock clock;
    private final ContentImport imports;

    ContactImports(Database database, Clock clock, ContentImport imports) {
        this.database = database;
        this.clock = clock;
        this.imports = imports;
    }

    /** The journal's people by email, phone and name, read with three queries (no photos, no details). */
    public PeopleIndex index(MatchKeys keys) {
        return database.read(ctx -> {
            Map<UUID, List<String>> emails = ctx.select(PERSON_EMAIL.PERSON_ID, PERSON_EMAIL.EMAIL).from(PERSON_EMAIL)
                    .fetchGroups(PERSON_EMAIL.PERSON_ID, PERSON_EMAIL.EMAIL);
            Map<UUID, List<String>> phones = ctx.select(PERSON_PHONE.PERSON_ID, PERSON_PHONE.PHONE).from(PERSON_PHONE)
                    .fetchGroups(PERSON_PHONE.PERSON_ID, PERSON_PHONE.PHONE);
            PeopleIndex index = new PeopleIndex(keys);
            ctx.select(PERSON.ID, PERSON.NAME).from(PERSON).orderBy(PERSON.CREATED_AT, PERSON.ID)
                    .forEach(row -> index.add(row.value1(), row.value2(), emails.getOrDefault(row.value1(), List.of()),
                            phones.getOrDefault(row.value1(), List.of()), true));
            return index;
        });
    }

    /** The journal's person with every detail, or null. */
    public Person person(UUID id) {
        return database.read(ctx -> PersonLoader.one(ctx, id));
    }

    /**
     * Writes the plan, with whatever else comes in beside it (a Kith archive's entries), in one transaction.
     *
     * @throws ImportStopped when the progress asked to stop; nothing is written then
     */
    public ContactImportResult apply(ImportPlan plan, JournalContent beside, ImportProgress progress) {
        List<Person> people = new ArrayList<>(beside.people());
        people.addAll(plan.added());
        people.addAll(plan.merged());
        ImportOutcome outcome = imports.apply(new JournalContent(people, beside.interactions(), beside.favours(),
                beside.followUps(), beside.reviews()), progress);
        return new ContactImportResult(outcome, plan.added().stream().map(Person::id).toList(), plan.mergedBefore());
    }

    /**
     * Takes an import back in one transaction: the people it added go, the people it merged into are as
     * they were.
     *
     * @throws PersonHasEntriesException when someone it added has conversations or favours since; nothing changes
     */
    public void undo(ContactImportResult result) {
        database.transact(ctx -> {
            for (UUID id : result.added()) {
                if (ctx.fetchExists(PERSON, PERSON.ID.eq(id))) {
                    PersonRemover.remove(ctx, id, false);
                }
            }
            LocalDateTime now = LocalDateTime.now(clock);
            for (Person before : result.mergedBefore()) {
                PersonRows.update(ctx, before, now);
            }
        });
    }
}
