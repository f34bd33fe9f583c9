package app.kith.store;

import app.kith.domain.ImportantDate;
import app.kith.domain.PartialDate;
import app.kith.domain.Person;
import app.kith.domain.Tags;
import app.kith.store.schema.tables.records.PersonRecord;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.InsertValuesStep3;
import org.jooq.InsertValuesStep6;
import static app.kith.store.schema.Tables.PERSON;
import static app.kith.store.schema.Tables.PERSON_DATE;
import static app.kith.store.schema.Tables.PERSON_EMAIL;
import static app.kith.store.schema.Tables.PERSON_PHONE;
import static app.kith.store.schema.Tables.PERSON_PHOTO;
import static app.kith.store.schema.Tables.PERSON_TAG;

/** Writes a person and their detail rows (emails, phones, tags, dates, photo) inside a transaction. */
final class PersonRows {

    private PersonRows() {
    }

    static void insert(DSLContext ctx, Person person, LocalDateTime createdAt, LocalDateTime now) {
        PersonRecord row = row(person, now);
        row.setCreatedAt(createdAt);
        ctx.insertInto(PERSON).set(row).execute();
        insertDetails(ctx, person);
    }

    /** Replaces every field and detail of the person; false when the person is not in the journal. */
    static boolean update(DSLContext ctx, Person person, LocalDateTime now) {
        int updated = ctx.update(PERSON).set(row(person, now)).where(PERSON.ID.eq(person.id())).execute();
        if (updated == 0) {
            return false;
        }
        deleteDetails(ctx, person.id());
        insertDetails(ctx, person);
        return true;
    }

    /** The person's own columns; created_at is left to the caller because an update keeps it. */
    private static PersonRecord row(Person person, LocalDateTime now) {
        PersonRecord row = new PersonRecord();
        row.setId(person.id());
        row.setName(person.name());
        row.setNickname(person.nickname());
        row.setOrganization(person.organization());
        row.setTitle(person.title());
        row.setHowWeMet(person.howWeMet());
        row.setMetOn(person.metOn());
        PartialDate birthday = person.birthday();
        row.setBirthdayYear(birthday == null ? null : birthday.year());
        row.setBirthdayMonth(birthday == null ? null : birthday.month());
        row.setBirthdayDay(birthday == null ? null : birthday.day());
        row.setNotes(person.notes());
        row.setMattersToThem(person.mattersToThem());
        row.setKin(person.kin());
        row.setPinnedRing(Codes.ringSize(person.ring()));
        row.setCadenceDays(person.cadenceDays());
        row.setArchived(person.archived());
        row.setUpdatedAt(now);
        return row;
    }

    private static void deleteDetails(DSLContext ctx, UUID id) {
        ctx.deleteFrom(PERSON_EMAIL).where(PERSON_EMAIL.PERSON_ID.eq(id)).execute();
        ctx.deleteFrom(PERSON_PHONE).where(PERSON_PHONE.PERSON_ID.eq(id)).execute();
        ctx.deleteFrom(PERSON_TAG).where(PERSON_TAG.PERSON_ID.eq(id)).execute();
        ctx.deleteFrom(PERSON_DATE).where(PERSON_DATE.PERSON_ID.eq(id)).execute();
        ctx.deleteFrom(PERSON_PHOTO).where(PERSON_PHOTO.PERSON_ID.eq(id)).execute();
    }

    private static void insertDetails(DSLContext ctx, Person person) {
        UUID id = person.id();
        insertTexts(ctx.insertInto(PERSON_EMAIL, PERSON_EMAIL.PERSON_ID, PERSON_EMAIL.POSITION, PERSON_EMAIL.EMAIL),
                id, person.emails());
        insertTexts(ctx.insertInto(PERSON_PHONE, PERSON_PHONE.PERSON_ID, PERSON_PHONE.POSITION, PERSON_PHONE.PHONE),
                id, person.phones());
        if (!person.tags().isEmpty()) {
            var tags = ctx.insertInto(PERSON_TAG, PERSON_TAG.PERSON_ID, PERSON_TAG.TAG);
            for (String tag : Tags.distinct(person.tags())) {
                tags = tags.values(id, tag);
            }
            tags.execute();
        }
        insertDates(ctx, id, person.dates());
        if (person.photo() != null) {
            ctx.insertInto(PERSON_PHOTO, PERSON_PHOTO.PERSON_ID, PERSON_PHOTO.MEDIA_TYPE, PERSON_PHOTO.BYTES)
                    .values(id, person.photo().mediaType(), person.photo().bytes())
                    .execute();
        }
    }

    /** Emails and phones keep the order the person gave them in. */
    private static <R extends org.jooq.Record> void insertTexts(InsertValuesStep3<R, UUID, Integer, String> insert,
                                                               UUID id, List<String> texts) {
        if (texts.isEmpty()) {
            return;
        }
        for (int position = 0; position < texts.size(); position++) {
            insert = insert.values(id, position, texts.get(position));
        }
        insert.execute();
    }

    private static void insertDates(DSLContext ctx, UUID id, List<ImportantDate> dates) {
        if (dates.isEmpty()) {
            return;
        }
        InsertValuesStep6<?, UUID, Integer, String, Integer, Integer, Integer> insert = ctx.insertInto(PERSON_DATE,
                PERSON_DATE.PERSON_ID, PERSON_DATE.POSITION, PERSON_DATE.LABEL,
                PERSON_DATE.DATE_YEAR, PERSON_DATE.DATE_MONTH, PERSON_DATE.DATE_DAY);
        for (int position = 0; position < dates.size(); position++) {
            ImportantDate date = dates.get(position);
            insert = insert.values(id, position, date.label(), date.date().year(), date.date().month(),
                    date.date().day());
        }
        insert.execute();
    }
}
