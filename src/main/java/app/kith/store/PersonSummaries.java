package app.kith.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Record8;
import static app.kith.store.schema.Tables.PERSON;
import static app.kith.store.schema.Tables.PERSON_EMAIL;
import static app.kith.store.schema.Tables.PERSON_TAG;
import static org.jooq.impl.DSL.lower;
import static org.jooq.impl.DSL.noCondition;

/**
 * The People list's rows: a fixed number of set-based queries for everyone, however many people there are;
 * the last conversation is read from the per-person digests, never aggregated over every conversation.
 */
final class PersonSummaries {

    private PersonSummaries() {
    }

    /**
     * Everyone in name order.
     *
     * @param today conversations dated after today (planned ones) do not count as the last one
     */
    static List<PersonSummary> all(DSLContext ctx, LocalDate today) {
        var rows = ctx.select(PERSON.ID, PERSON.NAME, PERSON.NICKNAME, PERSON.ORGANIZATION, PERSON.ARCHIVED,
                        PERSON.KIN, PERSON.PINNED_RING, PERSON.CREATED_AT)
                .from(PERSON)
                .orderBy(lower(PERSON.NAME), PERSON.NAME, PERSON.ID)
                .fetch();
        Map<UUID, List<String>> emails = ctx.select(PERSON_EMAIL.PERSON_ID, PERSON_EMAIL.EMAIL).from(PERSON_EMAIL)
                .orderBy(PERSON_EMAIL.PERSON_ID, PERSON_EMAIL.POSITION)
                .fetchGroups(PERSON_EMAIL.PERSON_ID, PERSON_EMAIL.EMAIL);
        Map<UUID, List<String>> tags = PersonLoader.tags(ctx, noCondition());
        Map<UUID, LocalDate> last = DigestRows.lastInteractions(ctx, today);
        List<PersonSummary> summaries = new ArrayList<>(rows.size());
        for (Record8<UUID, String, String, String, Boolean, Boolean, Integer, java.time.LocalDateTime> row : rows) {
            UUID id = row.value1();
            summaries.add(new PersonSummary(id, row.value2(), row.value3(), row.value4(),
                    emails.getOrDefault(id, List.of()), tags.getOrDefault(id, List.of()),
                    row.value5(), row.value6(), Codes.ring(row.value7()), row.value8().toLocalDate(),
                    last.get(id)));
        }
        return summaries;
    }
}
