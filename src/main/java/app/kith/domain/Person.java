package app.kith.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Someone in the journal. Only the name is required; text fields are trimmed and blank
 * becomes null; lists are never null.
 *
 * @param ring a ring the user pinned the person to, or null to let Kith place them
 * @param cadenceDays the user's own cadence for this person, or null for Kith's
 * @param photo a small picture, or null
 */
public record Person(
        UUID id,
        String name,
        String nickname,
        List<String> emails,
        List<String> phones,
        String organization,
        String title,
        String howWeMet,
        LocalDate metOn,
        PartialDate birthday,
        List<ImportantDate> dates,
        List<String> tags,
        String notes,
        String mattersToThem,
        boolean kin,
        Ring ring,
        Integer cadenceDays,
        Photo photo,
        boolean archived) {

    /** Cadences longer than ten years mean nothing for a review. */
    public static final int MAX_CADENCE_DAYS = 3650;

    public Person {
        Checks.required(id, "id");
        name = Checks.requiredText(name, "name", 200);
        nickname = Checks.optionalText(nickname, "nickname", 200);
        emails = Checks.textList(emails, "emails", 320);
        phones = Checks.textList(phones, "phones", 100);
        organization = Checks.optionalText(organization, "organization", 200);
        title = Checks.optionalText(title, "title", 200);
        howWeMet = Checks.optionalText(howWeMet, "howWeMet", 4000);
        dates = Checks.list(dates);
        tags = Checks.textList(tags, "tags", 100);
        notes = Checks.optionalText(notes, "notes", 100_000);
        mattersToThem = Checks.optionalText(mattersToThem, "mattersToThem", 100_000);
        if (cadenceDays != null && (cadenceDays < 1 || cadenceDays > MAX_CADENCE_DAYS)) {
            throw new InvalidValueException("cadenceDays",
                    "a cadence is between 1 and " + MAX_CADENCE_DAYS + " days, not " + cadenceDays);
        }
    }

    /** A new person with a fresh id and nothing but a name. */
    public static Person named(String name) {
        return builder().name(name).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** The name to show: the nickname in brackets when there is one. */
    public String displayName() {
        return nickname == null ? name : name + " (" + nickname + ")";
    }

    /** Builds a Person field by field; {@link #build()} validates. */
    public static final class Builder {
        private UUID id = UUID.randomUUID();
        private String name;
        private String nickname;
        private List<String> emails = List.of();
        private List<String> phones = List.of();
        private String organization;
        private String title;
        private String howWeMet;
        private LocalDate metOn;
        private PartialDate birthday;
        private List<ImportantDate> dates = List.of();
        private List<String> tags = List.of();
        private String notes;
        private String mattersToThem;
        private boolean kin;
        private Ring ring;
        private Integer cadenceDays;
        private Photo photo;
        private boolean archived;

        private Builder() {
        }

        private Builder(Person p) {
            id = p.id;
            name = p.name;
            nickname = p.nickname;
            emails = p.emails;
            phones = p.phones;
            organization = p.organization;
            title = p.title;
            howWeMet = p.howWeMet;
            metOn = p.metOn;
            birthday = p.birthday;
            dates = p.dates;
            tags = p.tags;
            notes = p.notes;
            mattersToThem = p.mattersToThem;
            kin = p.kin;
            ring = p.ring;
            cadenceDays = p.cadenceDays;
            photo = p.photo;
            archived = p.archived;
        }

        public Builder id(UUID value) { id = value; return this; }
        public Builder name(String value) { name = value; return this; }
        public Builder nickname(String value) { nickname = value; return this; }
        public Builder emails(List<String> value) { emails = value; return this; }
        public Builder phones(List<String> value) { phones = value; return this; }
        public Builder organization(String value) { organization = value; return this; }
        public Builder title(String value) { title = value; return this; }
        public Builder howWeMet(String value) { howWeMet = value; return this; }
        public Builder metOn(LocalDate value) { metOn = value; return this; }
        public Builder birthday(PartialDate value) { birthday = value; return this; }
        public Builder dates(List<ImportantDate> value) { dates = value; return this; }
        public Builder tags(List<String> value) { tags = value; return this; }
        public Builder notes(String value) { notes = value; return this; }
        public Builder mattersToThem(String value) { mattersToThem = value; return this; }
        public Builder kin(boolean value) { kin = value; return this; }
        public Builder ring(Ring value) { ring = value; return this; }
        public Builder cadenceDays(Integer value) { cadenceDays = value; return this; }
        public Builder photo(Photo value) { photo = value; return this; }
        public Builder archived(boolean value) { archived = value; return this; }

        public Person build() {
            return new Person(id, name, nickname, emails, phones, organization, title, howWeMet, metOn, birthday,
                    dates, tags, notes, mattersToThem, kin, ring, cadenceDays, photo, archived);
        }
    }
}
