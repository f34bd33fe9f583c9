package app.kith.exchange.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kith.domain.Channel;
import app.kith.domain.Depth;
import app.kith.domain.Initiator;
import app.kith.domain.Interaction;
import app.kith.domain.Person;
import app.kith.domain.ReviewAction;
import app.kith.domain.Ring;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ArchiveReaderTest {

    private final ArchiveReader reader = new ArchiveReader();

    private ArchiveContent readSample() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/archive/sample.json")) {
            return reader.read(in, Set.of());
        }
    }

    private ArchiveContent read(String json) throws IOException {
        return reader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), Set.of());
    }

    @Test
    void readsEveryFieldOfTheProductExample() throws IOException {
        ArchiveContent content = readSample();

        Person maya = content.people().get(0);
        assertThat(maya.name()).isEqualTo("Maya Cole");
        assertThat(maya.emails()).containsExactly("maya@example.org");
        assertThat(maya.birthday()).hasToString("--03-14");
        assertThat(maya.metOn()).isEqualTo(LocalDate.of(2019, 4, 2));
        assertThat(maya.ring()).isEqualTo(Ring.FIVE);
        assertThat(maya.dates()).singleElement().satisfies(d -> assertThat(d.date()).hasToString("2014-06-12"));
        assertThat(maya.photo().mediaType()).isEqualTo("image/png");
        assertThat(content.people().get(1).kin()).isTrue();
        assertThat(content.people().get(1).cadenceDays()).isEqualTo(21);

        Interaction dinner = content.interactions().get(0);
        assertThat(dinner.time()).isEqualTo(LocalTime.of(18, 30));
        assertThat(dinner.channel()).isEqualTo(Channel.IN_PERSON);
        assertThat(dinner.depth()).isEqualTo(Depth.DEEP);
        assertThat(dinner.initiatedBy()).isEqualTo(Initiator.THEM);
        assertThat(dinner.people()).containsExactly(maya.id(), content.people().get(1).id());
        assertThat(content.interactions().get(1).initiatedBy()).isNull();
        assertThat(content.favours().get(0).interaction()).isEqualTo(dinner.id());
        assertThat(content.followUps().get(0).person()).isEqualTo(maya.id());
        assertThat(content.reviews().get(0).decisions()).extracting(d -> d.action())
                .containsExactly(ReviewAction.SNOOZED, ReviewAction.CADENCE);
    }

    @Test
    void theSameArchiveIdsAlwaysMeanTheSamePeople() throws IOException {
        assertThat(readSample().people().get(0).id()).isEqualTo(readSample().people().get(0).id());
    }

    @Test
    void writingAndReadingAgainLosesNothing() throws IOException {
        ArchiveContent first = readSample();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ArchiveWriter().write(first, Instant.parse("2026-11-22T10:00:00Z"), out);

        ArchiveContent second = reader.read(new ByteArrayInputStream(out.toByteArray()), Set.of());

        assertThat(second).isEqualTo(first);
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("\"format\" : \"kith-archive\"", "\"exportedAt\" : \"2026-11-22T10:00:00Z\"");
    }

    @Test
    void aClearedCadenceIsACadenceDecisionWithNullDaysThatSurvivesWritingAndReading() throws IOException {
        ArchiveContent read = read("""
                {"format":"kith-archive","version":1,
                 "people":[{"id":"p1","name":"Maya"},{"id":"p2","name":"Ben"}],
                 "reviews":[{"id":"r1","date":"2026-11-15","decisions":[
                   {"person":"p1","action":"cadence","cadenceDays":null},
                   {"person":"p2","action":"cadence","cadenceDays":45}]}]}
                """);
        var decisions = read.reviews().get(0).decisions();
        assertThat(decisions.get(0).action()).isEqualTo(ReviewAction.CADENCE);
        assertThat(decisions.get(0).cadenceDays()).isNull();
        assertThat(decisions.get(0).clearsCadence()).isTrue();
        assertThat(decisions.get(1).cadenceDays()).isEqualTo(45);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ArchiveWriter().write(read, Instant.parse("2026-11-22T10:00:00Z"), out);
        String written = out.toString(StandardCharsets.UTF_8);
        assertThat(written).containsPattern("\"action\" : \"cadence\",\\s*\"cadenceDays\" : null")
                .containsPattern("\"action\" : \"cadence\",\\s*\"cadenceDays\" : 45");
        assertThat(reader.read(new ByteArrayInputStream(out.toByteArray()), Set.of())).isEqualTo(read);
    }

    @Test
    void aCadenceDecisionOutOfRangeIsRefusedWithItsPath() {
        assertThatThrownBy(() -> read("""
                {"format":"kith-archive","version":1,"people":[{"id":"p1","name":"Maya"}],
                 "reviews":[{"id":"r1","date":"2026-11-15","decisions":[{"person":"p1","action":"cadence","cadenceDays":0}]}]}
                """)).isInstanceOfSatisfying(ArchiveException.class, e -> assertThat(e.problems())
                        .singleElement().asString().startsWith("reviews[0].decisions[0].cadenceDays: "));
    }

    @Test
    void badJsonSaysWhere() {
        assertThatThrownBy(() -> read("{ \"format\": \"kith-archive\",\n  \"version\": 1,,\n}"))
                .isInstanceOf(ArchiveException.class)
                .hasMessageStartingWith("The archive cannot be imported: line 2, column 16: not valid JSON");
    }

    @Test
    void anUnknownVersionIsRefused() {
        assertThatThrownBy(() -> read("{\"format\":\"kith-archive\",\"version\":7}"))
                .hasMessageContaining("version 7 is not one this Kith can read");
    }

    @Test
    void somethingElseIsNotAnArchive() {
        assertThatThrownBy(() -> read("[1, 2]")).hasMessageContaining("not a Kith archive");
        assertThatThrownBy(() -> read("{\"version\":1}")).hasMessageContaining("\"format\" must be \"kith-archive\"");
    }

    @Test
    void everyBadFieldIsListedWithItsPath() {
        String json = """
                {"format":"kith-archive","version":1,
                 "people":[{"id":"p1","name":"Maya"},{"id":"p1","name":"Other"},{"id":"p3"}],
                 "interactions":[
                   {"id":"i1","date":"2026-11-01","channel":"telepathy","depth":"deep","people":["p1"]},
                   {"id":"i2","date":"2026-13-01","channel":"call","depth":"deep","people":["p9"]},
                   {"id":"i3","date":"2026-11-01","channel":"call","depth":"deep","people":["p1"],"minutes":-3}],
                 "favours":[{"id":"f1","date":"2026-11-01","person":"p1","direction":"given","size":"huge",
                             "kind":"help","status":"done"}]}
                """;
        assertThatThrownBy(() -> read(json))
                .isInstanceOfSatisfying(ArchiveException.class, e -> assertThat(e.problems()).containsExactly(
                        "people[1].id: \"p1\" is used by two entries",
                        "people[2].name: is missing",
                        "interactions[0].channel: \"telepathy\" is not one of in-person, video, call, message, email, "
                                + "letter, social",
                        "interactions[1].people[0]: \"p9\" is not a person in the archive or the journal",
                        "interactions[1].date: \"2026-13-01\" is not a date (YYYY-MM-DD)",
                        "interactions[2].minutes: minutes must be between 0 and 1440, not -3",
                        "favours[0].size: \"huge\" is not one of small, medium, large"));
    }

    @Test
    void entriesMayNamePeopleAlreadyInTheJournal() throws IOException {
        UUID known = UUID.randomUUID();
        String json = "{\"format\":\"kith-archive\",\"version\":1,\"interactions\":[{\"id\":\"i1\",\"date\":\"2026-11-01\","
                + "\"channel\":\"call\",\"depth\":\"deep\",\"people\":[\"" + known + "\"]}]}";
        ArchiveContent content = reader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), Set.of(known));
        assertThat(content.interactions().get(0).people()).containsExactly(known);
    }

    @Test
    void aHugeTextIsSaidInKithsWordsWithItsPlace() {
        String notes = "x".repeat(JsonProblems.MAX_TEXT_CHARACTERS + 10);
        String json = "{\"format\":\"kith-archive\",\"version\":1,\"people\":[{\"id\":\"p1\",\"name\":\"A\"},"
                + "{\"id\":\"p2\",\"name\":\"B\"},{\"id\":\"p3\",\"name\":\"C\"},"
                + "{\"id\":\"p4\",\"name\":\"D\",\"notes\":\"" + notes + "\"}]}";

        assertThatThrownBy(() -> read(json))
                .isInstanceOfSatisfying(ArchiveException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(problem -> assertThat(problem).matches("line 1, column \\d+: a text of more than 2"
                                + " million characters in people\\[3\\]\\.notes is larger than Kith accepts")))
                .hasMessageNotContaining("StreamReadConstraints").hasMessageNotContaining("getMaxStringLength");
    }

    @Test
    void deepNestingIsSaidInKithsWords() {
        String json = "{\"format\":\"kith-archive\",\"version\":1,\"people\":[{\"id\":\"p1\",\"notes\":"
                + "[".repeat(2000) + "]".repeat(2000) + "}]}";

        assertThatThrownBy(() -> read(json))
                .isInstanceOfSatisfying(ArchiveException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(problem -> assertThat(problem).startsWith("line 1, column ").endsWith(
                                ": lists and objects nest more than 32 deep in people[0].notes"
                                        + "[0]".repeat(30) + ", deeper than any Kith archive")))
                .hasMessageNotContaining("Document nesting depth");
    }

    @Test
    void aVersionWrittenAsTextIsToldToBeANumber() {
        assertThatThrownBy(() -> read("{\"format\":\"kith-archive\",\"version\":\"1\"}"))
                .isInstanceOfSatisfying(ArchiveException.class, e -> assertThat(e.problems())
                        .containsExactly("\"version\" must be a number, such as 1, not the text \"1\""));
    }

    @Test
    void aRepeatedIdIsOneProblemOnlyInEverySection() {
        String json = """
                {"format":"kith-archive","version":1,
                 "people":[{"id":"p1","name":"Maya"}],
                 "interactions":[
                   {"id":"i1","date":"2026-11-01","channel":"call","depth":"deep","people":["p1"]},
                   {"id":"i1","date":"2026-11-02","channel":"call","depth":"deep","people":["p1"]}],
                 "favours":[
                   {"id":"f1","date":"2026-11-01","person":"p1","direction":"given","size":"small","kind":"help",
                    "status":"done"},
                   {"id":"f1","date":"2026-11-01","person":"p1","direction":"given","size":"small","kind":"help",
                    "status":"done"}],
                 "followUps":[{"id":"u1","person":"p1","due":"2026-12-01","text":"call"},
                              {"id":"u1","person":"p1","due":"2026-12-01","text":"call"}],
                 "reviews":[{"id":"r1","date":"2026-11-15"},{"id":"r1","date":"2026-11-16"}]}
                """;

        assertThatThrownBy(() -> read(json))
                .isInstanceOfSatisfying(ArchiveException.class, e -> assertThat(e.problems()).containsExactly(
                        "interactions[1].id: \"i1\" is used by two entries",
                        "favours[1].id: \"f1\" is used by two entries",
                        "followUps[1].id: \"u1\" is used by two entries",
                        "reviews[1].id: \"r1\" is used by two entries"));
    }

    @Test
    void aMissingIdIsOneProblemOnly() {
        String json = "{\"format\":\"kith-archive\",\"version\":1,\"people\":[{\"id\":\"p1\",\"name\":\"M\"}],"
                + "\"interactions\":[{\"date\":\"2026-11-01\",\"channel\":\"call\",\"depth\":\"deep\",\"people\":[\"p1\"]}]}";

        assertThatThrownBy(() -> read(json))
                .isInstanceOfSatisfying(ArchiveException.class, e -> assertThat(e.problems())
                        .containsExactly("interactions[0].id: is missing"));
    }

    @Test
    void datesFarOutsideALifeAndEmailsWithoutAnAtAreRefusedWhereTheyAre() {
        String json = """
                {"format":"kith-archive","version":1,
                 "people":[{"id":"p1","name":"Maya","emails":["maya@example.org","maya.example.org"]}],
                 "interactions":[
                   {"id":"i1","date":"0000-01-01","channel":"call","depth":"deep","people":["p1"]},
                   {"id":"i2","date":"9999-12-31","channel":"call","depth":"deep","people":["p1"]}]}
                """;

        assertThatThrownBy(() -> read(json))
                .isInstanceOfSatisfying(ArchiveException.class, e -> assertThat(e.problems()).containsExactly(
                        "people[0].emails[1]: \"maya.example.org\" is not an email address (it looks like"
                                + " name@example.org)",
                        "interactions[0].date: 0000-01-01 is outside the years Kith takes (1900 to 2100)",
                        "interactions[1].date: 9999-12-31 is outside the years Kith takes (1900 to 2100)"));
    }

    @Test
    void brokenJsonIsSaidInKithsWords() {
        assertThatThrownBy(() -> read("{\"format\":\"kith-archive\",\"version\":1,\"people\":[{\"id\":"))
                .hasMessage("The archive cannot be imported: line 1, column 54: the file ends in the middle of its JSON"
                        + " (is it cut short?)");
        assertThatThrownBy(() -> read("{\"format\":\"kith-archive\",\"version\":1,\"people\":[nope]}"))
                .hasMessageEndingWith("not valid JSON: unexpected nope");
        assertThatThrownBy(() -> reader.read(new ByteArrayInputStream(new byte[] {'{', '"', (byte) 0xC3, 0x28, '"',
                ':', '1', '}'}), Set.of()))
                .hasMessageEndingWith("the file is not UTF-8 text");
    }
}
