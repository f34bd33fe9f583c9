package app.kith.store;

import app.kith.domain.Favour;
import app.kith.domain.Interaction;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record5;
import org.jooq.Result;
import static app.kith.store.schema.Tables.FAVOUR;
import static app.kith.store.schema.Tables.INTERACTION;
import static app.kith.store.schema.Tables.INTERACTION_PERSON;
import static app.kith.store.schema.Tables.PERSON;
import static org.jooq.impl.DSL.castNull;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.name;

/**
 * A person's conversations and favours merged into one timeline, read a page at a time, so that
 * a person with thousands of entries opens at once.
 */
public final class TimelineRepository {

    /** Sorts a conversation before a favour of the same day and moment: the favour came up in it. */
    private static final int CONVERSATION = 0;
    private static final int FAVOUR_ENTRY = 1;

    private static final Field<Integer> KIND = field(name("kind"), Integer.class);
    private static final Field<UUID> ID = field(name("id"), UUID.class);
    private static final Field<LocalDate> DAY = field(name("day"), LocalDate.class);
    private static final Field<LocalTime> AT = field(name("at"), LocalTime.class);
    private static final Field<LocalDateTime> LOGGED = field(name("logged"), LocalDateTime.class);

    private final Database database;

    TimelineRepository(Database database) {
        this.database = database;
    }

    /**
     * A page of the person's timeline, newest first: by day, then time of day (untimed last), then
     * the order they were logged in, a conversation before the favours logged with it.
     *
     * @param offset how many of the newest entries to pass over
     * @param limit at most how many to return
     */
    public TimelinePage page(UUID person, int offset, int limit) {
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("offset and limit cannot be negative: " + offset + ", " + limit);
        }
        return database.read(ctx -> {
            Result<Record5<Integer, UUID, LocalDate, LocalTime, LocalDateTime>> keys = keys(ctx, person, offset, limit + 1);
            boolean more = keys.size() > limit;
            List<Record5<Integer, UUID, LocalDate, LocalTime, LocalDateTime>> shown = more ? keys.subList(0, limit) : keys;
            List<UUID> conversationIds = idsOf(shown, CONVERSATION);
            List<UUID> favourIds = idsOf(shown, FAVOUR_ENTRY);
            Map<UUID, Interaction> conversations = byId(conversationIds.isEmpty() ? List.of()
                    : InteractionRows.withPeople(ctx, ctx.selectFrom(INTERACTION)
                            .where(INTERACTION.ID.in(conversationIds)).fetch()), Interaction::id);
            Map<UUID, Favour> favours = byId(favourIds.isEmpty() ? List.of()
                    : FavourRows.where(ctx, FAVOUR.ID.in(favourIds)), Favour::id);
            List<TimelineEntry> entries = new ArrayList<>(shown.size());
            for (var key : shown) {
                entries.add(key.value1() == CONVERSATION
                        ? new TimelineEntry.Conversation(conversations.get(key.value2()))
                        : new TimelineEntry.FavourDone(favours.get(key.value2())));
            }
            return new TimelinePage(entries, names(ctx, conversations.values()), more);
        });
    }

    /** Only the keys of the page's entries: sorting narrow rows is what keeps a long timeline fast. */
    private static Result<Record5<Integer, UUID, LocalDate, LocalTime, LocalDateTime>> keys(
            DSLContext ctx, UUID person, int offset, int limit) {
        var conversations = ctx.select(inline(CONVERSATION).as(KIND), INTERACTION.ID.as(ID),
                        INTERACTION.OCCURRED_ON.as(DAY), INTERACTION.OCCURRED_AT.as(AT), INTERACTION.CREATED_AT.as(LOGGED))
                .from(INTERACTION)
                .join(INTERACTION_PERSON).on(INTERACTION_PERSON.INTERACTION_ID.eq(INTERACTION.ID))
                .where(INTERACTION_PERSON.PERSON_ID.eq(person));
        var favours = ctx.select(inline(FAVOUR_ENTRY).as(KIND), FAVOUR.ID.as(ID), FAVOUR.OCCURRED_ON.as(DAY),
                        castNull(LocalTime.class).as(AT), FAVOUR.CREATED_AT.as(LOGGED))
                .from(FAVOUR)
                .where(FAVOUR.PERSON_ID.eq(person));
        return conversations.unionAll(favours)
                .orderBy(DAY.desc(), AT.desc().nullsLast(), LOGGED.desc(), KIND.asc(), ID.desc())
                .offset(offset)
                .limit(limit)
                .fetch();
    }

    private static List<UUID> idsOf(List<Record5<Integer, UUID, LocalDate, LocalTime, LocalDateTime>> keys, int kind) {
        return keys.stream().filter(key -> key.value1() == kind).map(Record5::value2).toList();
    }

    private static <T> Map<UUID, T> byId(List<T> items, Function<T, UUID> id) {
        Map<UUID, T> map = new HashMap<>();
        items.forEach(item -> map.put(id.apply(item), item));
        return map;
    }

    private static Map<UUID, String> names(DSLContext ctx, Iterable<Interaction> conversations) {
        Set<UUID> people = new HashSet<>();
        conversations.forEach(conversation -> people.addAll(conversation.people()));
        if (people.isEmpty()) {
            return Map.of();
        }
        return ctx.select(PERSON.ID, PERSON.NAME).from(PERSON).where(PERSON.ID.in(people))
                .fetch().stream().collect(Collectors.toMap(row -> row.value1(), row -> row.value2()));
    }
}
