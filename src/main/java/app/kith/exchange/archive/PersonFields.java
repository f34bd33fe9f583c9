package app.kith.exchange.archive;

import app.kith.domain.ImportantDate;
import app.kith.domain.InvalidValueException;
import app.kith.domain.PartialDate;
import app.kith.domain.Person;
import app.kith.domain.Photo;
import app.kith.domain.Plausible;
import app.kith.domain.Ring;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads one person of an archive, and writes a photo back as a data URI. */
final class PersonFields {

    private static final Pattern DATA_URI = Pattern.compile("data:([\\w/+.-]+);base64,(.*)", Pattern.DOTALL);

    private PersonFields() {
    }

    static Optional<Person> read(JsonFields item, UUID id) {
        int problemsBefore = item.problemCount();
        Person.Builder person = Person.builder()
                .id(id)
                .name(item.requiredText("name"))
                .nickname(item.text("nickname"))
                .emails(emails(item))
                .phones(item.texts("phones"))
                .organization(item.text("organization"))
                .title(item.text("title"))
                .howWeMet(item.text("howWeMet"))
                .metOn(item.date("metOn", false))
                .birthday(partialDate(item, "birthday", item.text("birthday")))
                .dates(dates(item))
                .tags(item.texts("tags"))
                .notes(item.text("notes"))
                .mattersToThem(item.text("mattersToThem"))
                .kin(item.bool("kin"))
                .ring(ring(item))
                .cadenceDays(item.integer("cadenceDays"))
                .photo(photo(item))
                .archived(item.bool("archived"));
        if (item.problemCount() > problemsBefore || id == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(person.build());
        } catch (InvalidValueException e) {
            item.problem(e.field(), e.getMessage());
            return Optional.empty();
        }
    }

    /** The person's email addresses; one without an @ is a problem at its place. */
    private static List<String> emails(JsonFields item) {
        List<String> emails = item.texts("emails");
        for (int i = 0; i < emails.size(); i++) {
            if (!emails.get(i).isBlank() && !Plausible.email(emails.get(i))) {
                item.problem("emails[" + i + "]", Plausible.emailRefusal(emails.get(i)));
            }
        }
        return emails;
    }

    /** {@code data:image/jpeg;base64,...} */
    static String dataUri(Photo photo) {
        return "data:" + photo.mediaType() + ";base64," + Base64.getEncoder().encodeToString(photo.bytes());
    }

    private static PartialDate partialDate(JsonFields item, String field, String text) {
        if (text == null) {
            return null;
        }
        try {
            return PartialDate.parse(text);
        } catch (IllegalArgumentException e) {
            item.problem(field, e.getMessage());
            return null;
        }
    }

    private static List<ImportantDate> dates(JsonFields person) {
        List<ImportantDate> dates = new ArrayList<>();
        for (JsonFields item : person.items("dates")) {
            if (!item.isObject()) {
                continue;
            }
            String label = item.requiredText("label");
            PartialDate date = partialDate(item, "date", item.requiredText("date"));
            if (label != null && date != null) {
                try {
                    dates.add(new ImportantDate(label, date));
                } catch (InvalidValueException e) {
                    item.problem(e.field(), e.getMessage());
                }
            }
        }
        return dates;
    }

    private static Ring ring(JsonFields item) {
        Integer size = item.integer("ring");
        if (size == null) {
            return null;
        }
        try {
            return Ring.ofSize(size);
        } catch (IllegalArgumentException e) {
            item.problem("ring", e.getMessage());
            return null;
        }
    }

    private static Photo photo(JsonFields item) {
        String uri = item.text("photo");
        if (uri == null) {
            return null;
        }
        Matcher matcher = DATA_URI.matcher(uri);
        if (!matcher.matches()) {
            item.problem("photo", "expected a data URI such as data:image/jpeg;base64,…");
            return null;
        }
        try {
            return new Photo(matcher.group(1), Base64.getMimeDecoder().decode(matcher.group(2)));
        } catch (IllegalArgumentException e) {
            item.problem("photo", e.getMessage());
            return null;
        }
    }
}
