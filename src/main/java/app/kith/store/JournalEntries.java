package app.kith.store;

import app.kith.domain.Channel;
import app.kith.domain.Depth;
import app.kith.domain.Initiator;
import app.kith.domain.Interaction;
import app.kith.domain.Person;
import app.kith.domain.Review;
import app.kith.domain.ReviewDecision;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.jooq.Cursor;
import org.jooq.Field;
import org.jooq.Record;
import app.kith.domain.Favour;
import app.kith.domain.FollowUp;
import app.kith.store.schema.tables.records.FavourRecord;
import app.kith.store.schema.tables.records.FollowUpRecord;
import app.kith.store.schema.tables.records.InteractionRecord;
import static app.kith.store.schema.Tables.FAVOUR;
import static app.kith.store.schema.Tables.FOLLOW_UP;
import static app.kith.store.schema.Tables.INTERACTION;
import static app.kith.store.schema.Tables.INTERACTION_PERSON;
import static app.kith.store.schema.Tables.PERSON;
import static app.kith.store.schema.Tables.REVIEW;
import static app.kith.store.schema.Tables.REVIEW_DECISION;
import static org.jooq.impl.DSL.arrayAgg;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.lower;
import static org.jooq.impl.DSL.select;

/**
 * The whole journal, entry by entry, in the archive's stable order (for export): people by name then id,
 * conversations by date, time and id, favours by date then id, follow-ups by due date then id, reviews by
 * date then id. Conversations, favours and follow-ups are streamed from a cursor, so that a journal of
 * any size is written without holding it in memory.
 */
public final class JournalEntries {

    private final Database database;

    public JournalEntries(Journal journal) {
        this.database = journal.database();
    }

    /** The ids of everyone in the journal, which an import's entries may name. */
    public Set<UUID> personIds() {
        return database.read(ctx -> new HashSet<>(ctx.select(PERSON.ID).from(PERSON).fetch(PERSON.ID)));
    }

    public void eachPerson(Consumer<Person> each) {
        database.read(PersonLoader::all).forEach(each);
    }

    /** A conversation's people come in name order, as everywhere in the journal. */
    public void eachInteraction(Consumer<Interaction> each) {
        Field<UUID[]> people = field(select(arrayAgg(INTERACTION_PERSON.PERSON_ID)
                        .orderBy(lower(PERSON.NAME), PERSON.NAME, PERSON.ID))
                .from(INTERACTION_PERSON)
                .join(PERSON).on(PERSON.ID.eq(INTERACTION_PERSON.PERSON_ID))
                .where(INTERACTION_PERSON.INTERACTION_ID.eq(INTERACTION.ID)));
        database.read(ctx -> {
            try (Cursor<Record> rows = ctx.select(INTERACTION.fields()).select(people).from(INTERACTION)
                    .orderBy(INTERACTION.OCCURRED_ON, INTERACTION.OCCURRED_AT.nullsFirst(), INTERACTION.ID)
                    .fetchLazy()) {
                for (Record row : rows) {
                    each.accept(interaction(row.into(INTERACTION), row.get(people)));
                }
            }
            return null;
        });
    }

    public void eachFavour(Consumer<Favour> each) {
        database.read(ctx -> {
            try (Cursor<FavourRecord> rows = ctx.selectFrom(FAVOUR).orderBy(FAVOUR.OCCURRED_ON, FAVOUR.ID)
                    .fetchLazy()) {
                rows.forEach(row -> each.accept(FavourRows.favour(row)));
            }
            return null;
        });
    }

    public void eachFollowUp(Consumer<FollowUp> each) {
        database.read(ctx -> {
            try (Cursor<FollowUpRecord> rows = ctx.selectFrom(FOLLOW_UP).orderBy(FOLLOW_UP.DUE_ON, FOLLOW_UP.ID)
                    .fetchLazy()) {
                rows.forEach(row -> each.accept(FollowUpRows.followUp(row)));
            }
            return null;
        });
    }

    /** Reviews are few (one a week for decades is still a small list): read at once. */
    public void eachReview(Consumer<Review> each) {
        database.read(ctx -> {
            Map<UUID, List<ReviewDecision>> decisions = ctx.selectFrom(REVIEW_DECISION)
                    .orderBy(REVIEW_DECISION.REVIEW_ID, REVIEW_DECISION.POSITION)
                    .fetchGroups(REVIEW_DECISION.REVIEW_ID, ReviewRows::decision);
            return ctx.selectFrom(REVIEW).orderBy(REVIEW.HELD_ON, REVIEW.ID)
                    .fetch(row -> new Review(row.getId(), row.getHeldOn(),
                            decisions.getOrDefault(row.getId(), List.of())));
        }).forEach(each);
    }

    private static Interaction interaction(InteractionRecord row, UUID[] people) {
        return new Interaction(row.getId(), row.getOccurredOn(), row.getOccurredAt(),
                Codes.parse(Channel.class, row.getChannel()), Codes.parse(Depth.class, row.getDepth()),
                Codes.parse(Initiator.class, row.getInitiatedBy()), row.getMinutes(),
                people == null ? List.of() : Arrays.asList(people), row.getNotes());
    }
}
