package app.kith.store;

import app.kith.domain.Person;
import java.time.Clock;
import java.time.LocalDateTime;
import static app.kith.store.schema.Tables.PERSON;

/** People: the person aggregate with its emails, phones, tags, dates and photo. */
public final class PersonRepository {

    private final Database database;
    private final Clock clock;

    PersonRepository(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** Adds a new person in one transaction. */
    public void add(Person person) {
        LocalDateTime now = LocalDateTime.now(clock);
        database.transact(ctx -> ctx.insertInto(PERSON)
                .set(PERSON.ID, person.id())
                .set(PERSON.NAME, person.name())
                .set(PERSON.KIN, person.kin())
                .set(PERSON.ARCHIVED, person.archived())
                .set(PERSON.CREATED_AT, now)
                .set(PERSON.UPDATED_AT, now)
                .execute());
    }

    /** The number of people, archived ones included. */
    public int count() {
        return database.read(ctx -> ctx.fetchCount(PERSON));
    }
}
