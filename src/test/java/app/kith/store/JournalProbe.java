package app.kith.store;

import static app.kith.store.schema.Tables.INTERACTION;
import static app.kith.store.schema.Tables.INTERACTION_PERSON;
import static app.kith.store.schema.Tables.PERSON;
import static app.kith.store.schema.Tables.PERSON_DIGEST;
import static app.kith.store.schema.Tables.REVIEW;
import static app.kith.store.schema.Tables.REVIEW_DECISION;

import java.time.LocalDate;
import java.util.List;

/** Test support: reads what a journal holds straight from its tables, for tests outside the store. */
public final class JournalProbe {

    private JournalProbe() {
    }

    /** Every person's name, in name order. */
    public static List<String> personNames(Journal journal) {
        return journal.database().read(ctx -> ctx.select(PERSON.NAME).from(PERSON).orderBy(PERSON.NAME, PERSON.ID)
                .fetch(PERSON.NAME));
    }

    /** The latest day of any conversation, or null. */
    public static LocalDate latestInteraction(Journal journal) {
        return journal.database().read(ctx -> ctx.select(org.jooq.impl.DSL.max(INTERACTION.OCCURRED_ON))
                .from(INTERACTION).fetchOne(0, LocalDate.class));
    }

    /** Conversations without anyone in them. */
    public static int interactionsWithoutPeople(Journal journal) {
        return journal.database().read(ctx -> ctx.fetchCount(INTERACTION,
                org.jooq.impl.DSL.notExists(ctx.selectOne().from(INTERACTION_PERSON)
                        .where(INTERACTION_PERSON.INTERACTION_ID.eq(INTERACTION.ID)))));
    }

    public static int reviews(Journal journal) {
        return journal.database().read(ctx -> ctx.fetchCount(REVIEW));
    }

    public static int reviewDecisions(Journal journal) {
        return journal.database().read(ctx -> ctx.fetchCount(REVIEW_DECISION));
    }

    public static int digests(Journal journal) {
        return journal.database().read(ctx -> ctx.fetchCount(PERSON_DIGEST));
    }
}
