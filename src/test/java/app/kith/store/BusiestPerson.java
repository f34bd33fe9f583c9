package app.kith.store;

import java.util.UUID;
import static app.kith.store.schema.Tables.INTERACTION_PERSON;
import static org.jooq.impl.DSL.count;

/** For benches and previews: the person with the most conversations in a journal, or null. */
public final class BusiestPerson {

    private BusiestPerson() {
    }

    public static UUID of(Journal journal) {
        return journal.database().read(ctx -> ctx.select(INTERACTION_PERSON.PERSON_ID)
                .from(INTERACTION_PERSON).groupBy(INTERACTION_PERSON.PERSON_ID)
                .orderBy(count().desc()).limit(1).fetchOne(INTERACTION_PERSON.PERSON_ID));
    }
}
