package app.kith.store;

import java.nio.file.Path;
import java.time.Clock;
import static app.kith.store.schema.Tables.FAVOUR;
import static app.kith.store.schema.Tables.FOLLOW_UP;
import static app.kith.store.schema.Tables.INTERACTION;
import static app.kith.store.schema.Tables.PERSON;

/**
 * An open journal: the database and one repository per aggregate. The composition roots
 * ({@code Kith} for the command line, {@code KithApp} for the window) open one and hand its
 * parts to whoever needs them.
 */
public final class Journal implements AutoCloseable {

    private final Database database;
    private final PersonRepository people;

    private Journal(Database database, Clock clock) {
        this.database = database;
        this.people = new PersonRepository(database, clock);
    }

    /**
     * Opens the journal in the data folder, creating it when it does not exist yet.
     *
     * @throws JournalException with a sentence for a person when it cannot be opened
     */
    public static Journal open(Path folder, Clock clock) {
        return new Journal(Database.open(folder, clock), clock);
    }

    public Database database() {
        return database;
    }

    public Path folder() {
        return database.folder();
    }

    public PersonRepository people() {
        return people;
    }

    /** How many people, conversations, favours and follow-ups the journal holds. */
    public JournalCounts counts() {
        return database.read(ctx -> new JournalCounts(
                ctx.fetchCount(PERSON),
                ctx.fetchCount(INTERACTION),
                ctx.fetchCount(FAVOUR),
                ctx.fetchCount(FOLLOW_UP)));
    }

    @Override
    public void close() {
        database.close();
    }
}
