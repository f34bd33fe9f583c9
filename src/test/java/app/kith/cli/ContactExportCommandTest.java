package app.kith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.domain.ImportantDate;
import app.kith.domain.PartialDate;
import app.kith.domain.Person;
import app.kith.domain.Photo;
import app.kith.domain.Ring;
import app.kith.exchange.PhotoScaler;
import app.kith.store.Journal;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import javax.imageio.ImageIO;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kith export FILE.vcf and FILE.csv as a script would run them: what comes back in, and what a spreadsheet holds. */
class ContactExportCommandTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);

    /** Every field of a person that a vCard carries, by name: after export and import each is as it was. */
    private static final Map<String, Function<Person, Object>> CARRIED = carried();

    @TempDir
    Path temp;

    private final KithRun run = new KithRun(CLOCK);
    private String out;
    private String err;

    @Test
    void aVCardExportImportedIntoAnEmptyJournalLosesNoFieldKithKeeps() throws IOException {
        Path folder = temp.resolve("journal");
        List<Person> people = List.of(everything(), yearsAndCommas(), Person.named("Ann"));
        try (Journal journal = Journal.open(folder, CLOCK)) {
            people.forEach(journal.people()::add);
        }
        Path file = temp.resolve("people.vcf");

        assertThat(kith(folder, "export", file.toString())).isZero();

        assertThat(out.strip()).isEqualTo("Exported 3 people as vCard to " + file + ".");
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text.lines().filter("BEGIN:VCARD"::equals)).hasSize(3);
        assertThat(text).contains("VERSION:4.0", "FN:Maya Cole", "NICKNAME:May", "EMAIL:maya@example.org", "TEL:",
                "ORG:Porto Labs", "TITLE:", "BDAY:--0229", "ANNIVERSARY:20140612", "item1.X-ABDATE", "item1.X-ABLabel:",
                "X-APPLE-OMIT-YEAR=1604", "NOTE:", "PHOTO:data:image/png;base64,", "PHOTO:data:image/jpeg;base64,",
                "CATEGORIES:", "X-KITH-HOW-WE-MET:", "X-KITH-MET-ON:2019-04-02", "X-KITH-MATTERS-TO-THEM:",
                "X-KITH-KIN:true", "X-KITH-RING:15", "X-KITH-CADENCE-DAYS:21", "X-KITH-ARCHIVED:true",
                "UID:urn:uuid:" + people.get(0).id());

        Path empty = temp.resolve("empty");
        assertThat(kith(empty, "import", file.toString())).as(err).isZero();
        try (Journal journal = Journal.open(empty, CLOCK)) {
            assertThat(journal.people().all()).hasSize(3);
            for (Person before : people) {
                Person after = journal.people().all().stream().filter(p -> p.name().equals(before.name()))
                        .findFirst().orElseThrow();
                CARRIED.forEach((field, value) -> assertThat(value.apply(after)).as(before.name() + ": " + field)
                        .isEqualTo(value.apply(before)));
                assertSamePicture(after.photo(), before.photo());
            }
        }
    }

    @Test
    void aTagChoosesWhomTheFileHoldsAndAnUnknownTagWritesNothing() throws IOException {
        Path folder = temp.resolve("journal");
        try (Journal journal = Journal.open(folder, CLOCK)) {
            journal.people().add(everything());
            journal.people().add(Person.named("Ann"));
        }
        Path file = temp.resolve("friends.vcf");

        assertThat(kith(folder, "export", file.toString(), "--tag", "FRIENDS")).isZero();
        assertThat(out.strip()).isEqualTo("Exported 1 person tagged FRIENDS as vCard to " + file + ".");
        assertThat(Files.readString(file)).contains("FN:Maya Cole").doesNotContain("FN:Ann");

        Path none = temp.resolve("none.csv");
        assertThat(kith(folder, "export", none.toString(), "--tag", "golf")).isEqualTo(1);
        assertThat(err.strip()).isEqualTo("No one in the journal has the tag golf, so nothing was written; the tags"
                + " are climbing, friends, work, dinner club.");
        assertThat(none).doesNotExist();
        assertThat(temp).isDirectoryNotContaining("glob:**/.none.csv*");
    }

    @Test
    void theCsvHoldsEveryoneWithTheScoresOfKithPeopleForTheSameDay() throws IOException {
        Path folder = temp.resolve("sample");
        assertThat(kith(folder, "sample", "--people", "40", "--interactions", "900", "--favours", "90", "--years", "3"))
                .as(err).isZero();
        try (Journal journal = Journal.open(folder, CLOCK)) {
            journal.people().add(everything());
        }
        Path file = temp.resolve("people.csv");

        assertThat(kith(folder, "export", file.toString())).isZero();
        assertThat(kith(folder, "people", "--json")).isZero();
        JsonNode scored = new ObjectMapper().readTree(out);

        Map<String, CSVRecord> rows = new HashMap<>();
        List<String> header;
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(bytes, 3, bytes.length - 3),
                StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().get().parse(reader)) {
            header = parser.getHeaderNames();
            parser.forEach(row -> rows.put(row.get("id"), row));
        }
        assertThat(rows).hasSize(41);
        assertThat(header).startsWith("id", "name", "nickname", "emails", "phones", "organization", "title");
        int compared = 0;
        for (JsonNode person : scored) {
            CSVRecord row = rows.get(person.get("id").asText());
            assertThat(row).as(person.get("name").asText()).isNotNull();
            assertThat(row.get("name")).isEqualTo(person.get("name").asText());
            for (String name : List.of("depth", "depthBefore", "time", "intimacy", "services", "warmth", "substance",
                    "chatShare", "favourBalance", "initiative", "investment", "kind", "balance", "initiativeLabel",
                    "status", "meaningfulRecent", "meaningfulBefore", "ring", "cadenceDays", "overdueRatio",
                    "lastInteraction")) {
                assertThat(header).contains(name);
                assertSameValue(row.get(name), person.get(name), person.get("name").asText() + ": " + name);
                compared++;
            }
        }
        // kith people leaves out the archived; the sample lets a few people go.
        assertThat(scored.size()).isGreaterThan(30);
        assertThat(compared).isEqualTo(scored.size() * 21);
        assertThat(scored.toString()).contains("\"kind\":\"chat\"");
        // The archived Maya is listed with her fields and without scores, as kith people leaves her out.
        CSVRecord archived = rows.get(everything().id().toString());
        assertThat(archived.get("archived")).isEqualTo("true");
        assertThat(archived.get("emails")).isEqualTo("maya@example.org; maya.cole@work.example");
        assertThat(archived.get("dates")).isEqualTo("anniversary: 2014-06-12; first climb: --09-03;"
                + " leap day party: --02-29");
        assertThat(archived.get("notes")).isEqualTo("'=1+1 is what she wrote on the wall,\nthen \"left\"; for Porto");
        assertThat(archived.get("depth")).isEmpty();
    }

    /** Someone with every field Kith keeps, and text that vCard must escape. */
    private static Person everything() {
        return Person.builder()
                .id(UUID.fromString("6f1c1a56-0d7b-4f57-9d7a-6a0c0e3b8c11"))
                .name("Maya Cole")
                .nickname("May")
                .emails(List.of("maya@example.org", "maya.cole@work.example"))
                .phones(List.of("+1 555 0100", "+49 30 1234567"))
                .organization("Porto Labs")
                .title("Head of climbing; and, of course, coffee")
                .howWeMet("At the climbing gym,\nbouldering on a Tuesday")
                .metOn(LocalDate.of(2019, 4, 2))
                .birthday(PartialDate.parse("--02-29"))
                .dates(List.of(new ImportantDate("anniversary", PartialDate.parse("2014-06-12")),
                        new ImportantDate("first climb", PartialDate.parse("--09-03")),
                        new ImportantDate("leap day party", PartialDate.parse("--02-29"))))
                .tags(List.of("climbing", "friends", "work, dinner club"))
                .notes("=1+1 is what she wrote on the wall,\nthen \"left\"; for Porto")
                .mattersToThem("Her move to Porto \\ a new job")
                .kin(true)
                .ring(Ring.ofSize(15))
                .cadenceDays(21)
                .photo(picture(true))
                .archived(true)
                .build();
    }

    private static Person yearsAndCommas() {
        return Person.builder().name("Ben Okafor, Jr.").birthday(PartialDate.parse("1984-11-30"))
                .dates(List.of(new ImportantDate("Anniversary", PartialDate.parse("--01-15"))))
                .photo(picture(false)).build();
    }

    private static Photo picture(boolean transparent) {
        BufferedImage image = new BufferedImage(80, 60, transparent ? BufferedImage.TYPE_INT_ARGB
                : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(200, 80, 40, transparent ? 128 : 255));
        g.fillRect(0, 0, 40, 60);
        g.setColor(new Color(30, 120, 220));
        g.fillOval(40, 10, 30, 40);
        g.dispose();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", bytes);
            return PhotoScaler.fromBytes(bytes.toByteArray(), "a test picture");
        } catch (IOException | PhotoScaler.NotAPicture e) {
            throw new IllegalStateException(e);
        }
    }

    /** The same picture: its kind and size, and its pixels within what a JPEG's second encoding changes. */
    private static void assertSamePicture(Photo after, Photo before) throws IOException {
        if (before == null) {
            assertThat(after).isNull();
            return;
        }
        assertThat(after).isNotNull();
        assertThat(after.mediaType()).isEqualTo(before.mediaType());
        BufferedImage a = ImageIO.read(new ByteArrayInputStream(after.bytes()));
        BufferedImage b = ImageIO.read(new ByteArrayInputStream(before.bytes()));
        assertThat(a.getWidth()).isEqualTo(b.getWidth());
        assertThat(a.getHeight()).isEqualTo(b.getHeight());
        long difference = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                int p = a.getRGB(x, y);
                int q = b.getRGB(x, y);
                for (int shift = 0; shift < 32; shift += 8) {
                    difference += Math.abs((p >>> shift & 0xFF) - (q >>> shift & 0xFF));
                }
            }
        }
        assertThat(difference / (4.0 * a.getWidth() * a.getHeight())).isLessThan(4.0);
    }

    private static void assertSameValue(String cell, JsonNode json, String what) {
        if (json == null || json.isNull()) {
            assertThat(cell).as(what).isEmpty();
        } else if (json.isNumber()) {
            assertThat(new BigDecimal(cell)).as(what).isEqualByComparingTo(json.decimalValue());
        } else {
            assertThat(cell).as(what).isEqualTo(json.asText());
        }
    }

    private static Map<String, Function<Person, Object>> carried() {
        Map<String, Function<Person, Object>> fields = new LinkedHashMap<>();
        fields.put("name", Person::name);
        fields.put("nickname", Person::nickname);
        fields.put("emails", Person::emails);
        fields.put("phones", Person::phones);
        fields.put("organization", Person::organization);
        fields.put("title", Person::title);
        fields.put("birthday", Person::birthday);
        fields.put("dates", Person::dates);
        fields.put("notes", Person::notes);
        fields.put("tags", Person::tags);
        fields.put("howWeMet", Person::howWeMet);
        fields.put("metOn", Person::metOn);
        fields.put("mattersToThem", Person::mattersToThem);
        fields.put("kin", Person::kin);
        fields.put("ring", Person::ring);
        fields.put("cadenceDays", Person::cadenceDays);
        fields.put("archived", Person::archived);
        return fields;
    }

    private int kith(Path folder, String... args) {
        int exitCode = run.in(folder, args);
        out = run.out();
        err = run.err();
        return exitCode;
    }
}
