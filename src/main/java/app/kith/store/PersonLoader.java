package app.kith.store;

import app.kith.domain.ImportantDate;
import app.kith.domain.PartialDate;
import app.kith.domain.Person;
import app.kith.domain.Photo;
import app.kith.store.schema.tables.records.PersonRecord;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import static app.kith.store.schema.Tables.PERSON;
import static app.kith.store.schema.Tables.PERSON_DATE;
import static app.kith.store.schema.Tables.PERSON_EMAIL;
import static app.kith.store.schema.Tables.PERSON_PHONE;
import static app.kith.store.schema.Tables.PERSON_PHOTO;
import static app.kith.store.schema.Tables.PERSON_TAG;
import static org.jooq.impl.DSL.lower;
import static org.jooq.impl.DSL.noCondition;

/**
 * Reads whole people with a fixed number of set-based queries, however many people are asked for:
 * one for the people and one per kind of detail, never one per person.
 */
final class PersonLoader {

    /** Tags are a set (the journal keeps no order for them): shown case-insensitively sorted. */
    static final Comparator<String> TAG_ORDER =
            Comparator.comparing((String tag) -> tag.toLowerCase(Locale.ROOT)).thenComparing(Comparator.naturalOrder());

    private PersonLoader() {
    }

    /** One person, or null. */
    static Person one(DSLContext ctx, UUID id) {
        List<Person> found = load(ctx, PERSON.ID.eq(id), personId -> personId.eq(id));
        return found.isEmpty() ? null : found.get(0);
    }

    /** Everyone, in name order. */
    static List<Person> all(DSLContext ctx) {
        return load(ctx, noCondition(), personId -> noCondition());
    }

    /**
     * @param which which people to read
     * @param details the same choice, said of a detail table's person_id column
     */
    private static List<Person> load(DSLContext ctx, Condition which, Function<Field<UUID>, Condition> details) {
        List<PersonRecord> rows = ctx.selectFrom(PERSON).where(which)
                .orderBy(lower(PERSON.NAME), PERSON.NAME, PERSON.ID).fetch();
        if (rows.isEmpty()) {
            return List.of();
        }
        Details found = details(ctx, details);
        List<Person> people = new ArrayList<>(rows.size());
        for (PersonRecord row : rows) {
            people.add(person(row, found));
        }
        return people;
    }

    /** Everything kept beside the person rows, by person. */
    private record Details(Map<UUID, List<String>> emails, Map<UUID, List<String>> phones,
                           Map<UUID, List<String>> tags, Map<UUID, List<ImportantDate>> dates,
                           Map<UUID, Photo> photos) {
    }

    private static Details details(DSLContext ctx, Function<Field<UUID>, Condition> which) {
        return new Details(
                ctx.select(PERSON_EMAIL.PERSON_ID, PERSON_EMAIL.EMAIL).from(PERSON_EMAIL)
                        .where(which.apply(PERSON_EMAIL.PERSON_ID))
                        .orderBy(PERSON_EMAIL.PERSON_ID, PERSON_EMAIL.POSITION)
                        .fetchGroups(PERSON_EMAIL.PERSON_ID, PERSON_EMAIL.EMAIL),
                ctx.select(PERSON_PHONE.PERSON_ID, PERSON_PHONE.PHONE).from(PERSON_PHONE)
                        .where(which.apply(PERSON_PHONE.PERSON_ID))
                        .orderBy(PERSON_PHONE.PERSON_ID, PERSON_PHONE.POSITION)
                        .fetchGroups(PERSON_PHONE.PERSON_ID, PERSON_PHONE.PHONE),
                tags(ctx, which.apply(PERSON_TAG.PERSON_ID)),
                ctx.selectFrom(PERSON_DATE).where(which.apply(PERSON_DATE.PERSON_ID))
                        .orderBy(PERSON_DATE.PERSON_ID, PERSON_DATE.POSITION)
                        .fetchGroups(PERSON_DATE.PERSON_ID, row -> new ImportantDate(row.getLabel(),
                                new PartialDate(row.getDateYear(), row.getDateMonth(), row.getDateDay()))),
                ctx.selectFrom(PERSON_PHOTO).where(which.apply(PERSON_PHOTO.PERSON_ID))
                        .fetchMap(PERSON_PHOTO.PERSON_ID, row -> new Photo(row.getMediaType(), row.getBytes())));
    }

    private static Person person(PersonRecord row, Details details) {
        UUID id = row.getId();
        return Person.builder()
                .id(id)
                .name(row.getName())
                .nickname(row.getNickname())
                .emails(details.emails().getOrDefault(id, List.of()))
                .phones(details.phones().getOrDefault(id, List.of()))
                .organization(row.getOrganization())
                .title(row.getTitle())
                .howWeMet(row.getHowWeMet())
                .metOn(row.getMetOn())
                .birthday(row.getBirthdayMonth() == null ? null
                        : new PartialDate(row.getBirthdayYear(), row.getBirthdayMonth(), row.getBirthdayDay()))
                .dates(details.dates().getOrDefault(id, List.of()))
                .tags(details.tags().getOrDefault(id, List.of()))
                .notes(row.getNotes())
                .mattersToThem(row.getMattersToThem())
                .kin(row.getKin())
                .ring(Codes.ring(row.getPinnedRing()))
                .cadenceDays(row.getCadenceDays())
                .photo(details.photos().get(id))
                .archived(row.getArchived())
                .build();
    }

    /** Each person's tags in {@link #TAG_ORDER}. */
    static Map<UUID, List<String>> tags(DSLContext ctx, Condition which) {
        Map<UUID, List<String>> tags = ctx.select(PERSON_TAG.PERSON_ID, PERSON_TAG.TAG).from(PERSON_TAG).where(which)
                .fetchGroups(PERSON_TAG.PERSON_ID, PERSON_TAG.TAG);
        tags.values().forEach(list -> list.sort(TAG_ORDER));
        return tags;
    }
}
