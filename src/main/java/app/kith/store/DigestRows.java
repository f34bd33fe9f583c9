package app.kith.store;

import app.kith.domain.Channel;
import app.kith.domain.Depth;
import app.kith.domain.FavourDirection;
import app.kith.domain.FavourSize;
import app.kith.domain.FavourStatus;
import app.kith.domain.Initiator;
import app.kith.insight.PersonTimeline;
import app.kith.insight.TimelineBuilder;
import app.kith.insight.TimelineCodec;
import app.kith.store.schema.tables.InteractionPerson;
import app.kith.store.schema.tables.records.PersonDigestRecord;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import static app.kith.store.schema.Sequences.DIGEST_REVISION;
import static app.kith.store.schema.Tables.FAVOUR;
import static app.kith.store.schema.Tables.INTERACTION;
import static app.kith.store.schema.Tables.INTERACTION_PERSON;
import static app.kith.store.schema.Tables.PERSON_DIGEST;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.countDistinct;

/**
 * The {@code person_digest} rows: each person's timeline, read from their entries and kept encoded
 * ({@link TimelineCodec}) with its counts and the first and last conversation's dates. A person with
 * no conversation and no favour has no row. {@code last_on} is the latest conversation whatever its
 * date, planned (future-dated) ones included, since it is a fact of the entries and not of a day.
 */
final class DigestRows {

    /** Rows streamed at a time: a whole journal's entries are read without holding them as records. */
    private static final int FETCH_SIZE = 1_000;

    private DigestRows() {
    }

    /**
     * The timelines of the people picked, read from their entries; people with no entry are left out.
     *
     * @param which which people, said of a column holding a person's id
     * @param groupSizes the number of people of every conversation with more than one (others have one)
     */
    static Map<UUID, TimelineBuilder> fromEntries(DSLContext ctx, Function<Field<UUID>, Condition> which,
                                                  Map<UUID, Integer> groupSizes) {
        Map<UUID, TimelineBuilder> builders = new HashMap<>();
        try (var rows = ctx.select(INTERACTION_PERSON.PERSON_ID, INTERACTION.ID, INTERACTION.OCCURRED_ON, INTERACTION.DEPTH,
                        INTERACTION.CHANNEL, INTERACTION.INITIATED_BY, INTERACTION.MINUTES)
                .from(INTERACTION_PERSON)
                .join(INTERACTION).on(INTERACTION.ID.eq(INTERACTION_PERSON.INTERACTION_ID))
                .where(which.apply(INTERACTION_PERSON.PERSON_ID))
                .fetchSize(FETCH_SIZE)
                .fetchLazy()) {
            for (var row : rows) {
                builder(builders, row.value1()).interaction(row.value3(), Codes.parse(Depth.class, row.value4()),
                        Codes.parse(Channel.class, row.value5()), Codes.parse(Initiator.class, row.value6()),
                        row.value7(), groupSizes.getOrDefault(row.value2(), 1));
            }
        }
        try (var rows = ctx.select(FAVOUR.PERSON_ID, FAVOUR.OCCURRED_ON, FAVOUR.DIRECTION, FAVOUR.SIZE, FAVOUR.STATUS)
                .from(FAVOUR)
                .where(which.apply(FAVOUR.PERSON_ID))
                .fetchSize(FETCH_SIZE)
                .fetchLazy()) {
            for (var row : rows) {
                builder(builders, row.value1()).favour(row.value2(), Codes.parse(FavourDirection.class, row.value3()),
                        Codes.parse(FavourSize.class, row.value4()), Codes.parse(FavourStatus.class, row.value5()));
            }
        }
        return builders;
    }

    /**
     * The number of people of each conversation with more than one, in the whole journal. Most
     * conversations are with one person, so this map stays small.
     */
    static Map<UUID, Integer> groupSizes(DSLContext ctx) {
        Field<Integer> people = count();
        return ctx.select(INTERACTION_PERSON.INTERACTION_ID, people).from(INTERACTION_PERSON)
                .groupBy(INTERACTION_PERSON.INTERACTION_ID)
                .having(people.gt(1))
                .fetchMap(INTERACTION_PERSON.INTERACTION_ID, people);
    }

    /** The same, of the conversations of the people picked: through their index, never a whole scan. */
    static Map<UUID, Integer> groupSizesOf(DSLContext ctx, Function<Field<UUID>, Condition> which) {
        InteractionPerson theirs = INTERACTION_PERSON.as("theirs");
        // Distinct: a conversation of two of the people picked is joined once for each of them.
        Field<Integer> people = countDistinct(INTERACTION_PERSON.PERSON_ID);
        return ctx.select(INTERACTION_PERSON.INTERACTION_ID, people).from(theirs)
                .join(INTERACTION_PERSON).on(INTERACTION_PERSON.INTERACTION_ID.eq(theirs.INTERACTION_ID))
                .where(which.apply(theirs.PERSON_ID))
                .groupBy(INTERACTION_PERSON.INTERACTION_ID)
                .having(people.gt(1))
                .fetchMap(INTERACTION_PERSON.INTERACTION_ID, people);
    }

    private static TimelineBuilder builder(Map<UUID, TimelineBuilder> builders, UUID person) {
        return builders.computeIfAbsent(person, TimelineBuilder::new);
    }

    /** The row that stands for a timeline with entries. */
    static PersonDigestRecord row(PersonTimeline timeline) {
        PersonDigestRecord row = new PersonDigestRecord();
        row.setPersonId(timeline.person());
        row.setInteractionCount(timeline.interactionCount());
        row.setFavourCount(timeline.favourCount());
        row.setFirstOn(timeline.firstInteraction());
        row.setLastOn(timeline.lastInteraction());
        row.setInteractions(TimelineCodec.encodeInteractions(timeline));
        row.setFavours(TimelineCodec.encodeFavours(timeline));
        return row;
    }

    /** Writes the person's row, or removes it when the timeline is empty. */
    static void save(DSLContext ctx, PersonTimeline timeline) {
        if (timeline.isEmpty()) {
            ctx.deleteFrom(PERSON_DIGEST).where(PERSON_DIGEST.PERSON_ID.eq(timeline.person())).execute();
            return;
        }
        PersonDigestRecord row = row(timeline);
        // A new revision on update too (an insert takes one by default): readers keeping decoded digests see the change.
        ctx.insertInto(PERSON_DIGEST).set(row).onDuplicateKeyUpdate().set(row)
                .set(PERSON_DIGEST.REVISION, DIGEST_REVISION.nextval()).execute();
    }

    /** Inserts rows for timelines whose people have none yet (a full recompute), in one batch. */
    static void insertAll(DSLContext ctx, Collection<PersonTimeline> timelines) {
        List<PersonDigestRecord> rows = timelines.stream().filter(timeline -> !timeline.isEmpty())
                .map(DigestRows::row).toList();
        if (!rows.isEmpty()) {
            ctx.batchInsert(rows).execute();
        }
    }

    /** Every stored timeline, decoded. */
    static Map<UUID, PersonTimeline> stored(DSLContext ctx) {
        Map<UUID, PersonTimeline> timelines = new HashMap<>();
        ctx.select(PERSON_DIGEST.PERSON_ID, PERSON_DIGEST.INTERACTIONS, PERSON_DIGEST.FAVOURS).from(PERSON_DIGEST)
                .fetchSize(FETCH_SIZE)
                .forEach(row -> timelines.put(row.value1(), decode(row.value1(), row.value2(), row.value3())));
        return timelines;
    }

    /**
     * Each person's latest conversation on or before the day, read from the digests: only the few
     * people with planned conversations after the day have their timeline decoded.
     */
    static Map<UUID, LocalDate> lastInteractions(DSLContext ctx, LocalDate day) {
        Map<UUID, LocalDate> last = ctx.select(PERSON_DIGEST.PERSON_ID, PERSON_DIGEST.LAST_ON).from(PERSON_DIGEST)
                .where(PERSON_DIGEST.LAST_ON.le(day))
                .fetchMap(PERSON_DIGEST.PERSON_ID, PERSON_DIGEST.LAST_ON);
        ctx.select(PERSON_DIGEST.PERSON_ID, PERSON_DIGEST.INTERACTIONS).from(PERSON_DIGEST)
                .where(PERSON_DIGEST.LAST_ON.gt(day))
                .forEach(row -> {
                    LocalDate latest = decode(row.value1(), row.value2(), null).lastInteractionOnOrBefore(day);
                    if (latest != null) {
                        last.put(row.value1(), latest);
                    }
                });
        return last;
    }

    static PersonTimeline decode(UUID person, byte[] interactions, byte[] favours) {
        try {
            return TimelineCodec.decode(person, interactions, favours);
        } catch (IllegalArgumentException e) {
            throw new JournalException("Kith could not read the scores it keeps for a person (" + e.getMessage()
                    + ").", e);
        }
    }
}
