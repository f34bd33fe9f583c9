package app.kith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.domain.Favour;
import app.kith.domain.FavourDirection;
import app.kith.domain.Interaction;
import app.kith.domain.Person;
import app.kith.store.Journal;
import app.kith.store.JournalCounts;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kith add, log, people, import and export, run in-process as a person at a terminal would. */
class JournalCommandsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path temp;

    private Path folder;
    private String out;
    private String err;

    @BeforeEach
    void aJournalWithFourPeople() {
        folder = temp.resolve("journal");
        assertThat(kith("add", "Maya Cole", "--nickname", "May", "--org", "Porto Labs", "--tag", "friends",
                "--tag", "climbing", "--email", "maya@example.org", "--ring", "15", "--birthday", "--03-14")).isZero();
        assertThat(out).startsWith("Added Maya Cole (May) (id ");
        assertThat(kith("add", "Sam Ortiz")).isZero();
        assertThat(kith("add", "Samira Haddad", "--kin", "--cadence", "21")).isZero();
        assertThat(kith("add", "Sam Lee")).isZero();
    }

    @Test
    void peopleListsEveryoneWithTheirFields() {
        assertThat(kith("log", "--with", "may", "--channel", "call", "--depth", "deep", "--date", "2026-11-01"))
                .isZero();

        assertThat(kith("people")).isZero();

        List<String> lines = out.lines().toList();
        assertThat(lines.get(0)).startsWith("Name").contains("Organisation", "Tags", "Depth", "Kind", "Balance",
                "Ring", "Status", "Last talked");
        // One deep call three weeks ago: some Depth, chat-leaning, new, pinned in the ring of 15.
        assertThat(lines.get(1)).startsWith("Maya Cole (May)").contains("Porto Labs", "climbing, friends",
                "2026-11-01").containsPattern(" [1-9][0-9]? +").contains(" new ", " 15 ");
        assertThat(lines).hasSize(5).anySatisfy(line -> assertThat(line).startsWith("Sam Lee").endsWith("never"));
    }

    @Test
    void theReadCommandsLeaveTheJournalFileByteForByte() throws IOException {
        assertThat(kith("log", "--with", "may", "--channel", "call", "--depth", "deep", "--date", "2026-11-01",
                "--gave", "medium:advice:her CV")).isZero();
        Path file = folder.resolve("journal.mv.db");
        byte[] before = Files.readAllBytes(file);

        for (List<String> read : List.of(List.of("people"), List.of("people", "--json"), List.of("review"),
                List.of("review", "--json", "--as-of", "2027-06-01"), List.of("review", "--history"),
                List.of("today"), List.of("today", "--json"), List.of("duplicates"),
                List.of("export", temp.resolve("a.json").toString()),
                List.of("export", temp.resolve("a.ics").toString()),
                List.of("export", temp.resolve("a.vcf").toString()), List.of("export", temp.resolve("a.csv").toString()),
                List.of("import", "--dry-run", temp.resolve("a.vcf").toString()))) {
            assertThat(kith(read.toArray(String[]::new))).as(String.join(" ", read)).isZero();
            assertThat(Files.readAllBytes(file)).as("after kith " + String.join(" ", read)).isEqualTo(before);
        }
        assertThat(temp.resolve("a.json")).isNotEmptyFile();
        assertThat(temp.resolve("a.ics")).isNotEmptyFile();
        assertThat(temp.resolve("a.vcf")).isNotEmptyFile();
        assertThat(temp.resolve("a.csv")).isNotEmptyFile();
    }

    @Test
    void aReadCommandWhereThereIsNoJournalSaysSoAndCreatesNothing() {
        Path typo = temp.resolve("jounral");

        for (String command : List.of("people", "review", "today", "duplicates")) {
            assertThat(kith("--data-dir", typo.toString(), command)).isEqualTo(1);
            assertThat(err.strip()).isEqualTo("There is no Kith journal in " + typo
                    + ": check the data folder, or start one with kith add or in Kith's window.");
        }
        assertThat(typo).doesNotExist();
    }

    @Test
    void peopleAsJsonHoldsThePersonFields() throws IOException {
        assertThat(kith("people", "--json")).isZero();

        JsonNode people = new ObjectMapper().readTree(out);
        assertThat(people).hasSize(4);
        JsonNode maya = people.get(0);
        assertThat(maya.get("name").asText()).isEqualTo("Maya Cole");
        assertThat(maya.get("nickname").asText()).isEqualTo("May");
        assertThat(maya.get("emails").get(0).asText()).isEqualTo("maya@example.org");
        assertThat(maya.get("ring").asInt()).isEqualTo(15);
        assertThat(maya.get("pinnedRing").asInt()).isEqualTo(15);
        assertThat(maya.get("birthday").asText()).isEqualTo("--03-14");
        assertThat(maya.get("lastInteraction").isNull()).isTrue();
        JsonNode samira = people.get(3);
        assertThat(samira.get("name").asText()).isEqualTo("Samira Haddad");
        assertThat(samira.get("kin").asBoolean()).isTrue();
        assertThat(samira.get("cadenceDays").asInt()).isEqualTo(21);
        assertThat(samira.get("ownCadenceDays").asInt()).isEqualTo(21);
        assertThat(samira.get("status").asText()).isEqualTo("new");
    }

    @Test
    void peopleAsJsonCarriesTheScoresAsOfTheDay() throws IOException {
        assertThat(kith("log", "--with", "may", "--channel", "in-person", "--depth", "deep", "--minutes", "30",
                "--date", "2026-11-01")).isZero();

        assertThat(kith("people", "--json", "--as-of", "2026-11-01")).isZero();
        JsonNode maya = new ObjectMapper().readTree(out).get(0);
        // One fresh deep half hour in person: w = 5 × 1 × 1 × 1 = 5, no decay on the day itself.
        assertThat(maya.get("warmth").asDouble()).isEqualTo(5.0);
        assertThat(maya.get("substance").asDouble()).isEqualTo(5.0);
        assertThat(maya.get("chatShare").asDouble()).isEqualTo(1.0);
        // Depth = round(100 × (0.3 × (1 − e^−1) + 0.5 × (1 − e^−1.25))) = round(18.96 + 35.68) = 55
        assertThat(maya.get("depth").asInt()).isEqualTo(55);
        assertThat(maya.get("kind").asText()).isEqualTo("chat");
        assertThat(maya.get("lastInteraction").asText()).isEqualTo("2026-11-01");

        assertThat(kith("people", "--json", "--as-of", "2026-10-31")).isZero();
        JsonNode before = new ObjectMapper().readTree(out).get(0);
        assertThat(before.get("warmth").asDouble()).isZero();
        assertThat(before.get("kind").isNull()).isTrue();
        assertThat(before.get("lastInteraction").isNull()).isTrue();
    }

    @Test
    void peopleAsJsonCarriesWhatTheFadingStatusCompares() throws IOException {
        for (String date : List.of("2026-04-01", "2026-05-01", "2026-05-26", "2025-11-28", "2025-11-27")) {
            assertThat(kith("log", "--with", "may", "--channel", "in-person", "--depth", "deep", "--date", date))
                    .isZero();
        }
        assertThat(kith("log", "--with", "may", "--channel", "message", "--depth", "catch-up", "--date",
                "2026-09-01")).isZero();

        assertThat(kith("people", "--json", "--as-of", "2026-11-22")).isZero();
        JsonNode maya = new ObjectMapper().readTree(out).get(0);
        // T − 180 is 2026-05-26 and T − 360 is 2025-11-27: four deep talks in the earlier half year (the one on
        // 2025-11-27 is in neither), one catch-up by message since: 1 is fewer than half of 4.
        assertThat(maya.get("meaningfulBefore").asInt()).isEqualTo(4);
        assertThat(maya.get("meaningfulRecent").asInt()).isEqualTo(1);
        // As of T − 180 the deep talks are 55, 25, 0, 179 and 180 days old: E = S = 5 × (0.6547 + 0.8249 + 1
        // + 0.2519 + 0.25) = 14.91, Depth round(30 × 0.9493 + 50 × 0.9759) = 77. Now the catch-up keeps Depth
        // at 47, not below 60% of 77: only the count shows the drift.
        assertThat(maya.get("depthBefore").asInt()).isEqualTo(77);
        assertThat(maya.get("depth").asInt()).isEqualTo(47);
        assertThat(maya.get("status").asText()).isEqualTo("fading");
    }

    @Test
    void logSavesTheConversationAndItsFavoursTogether() {
        assertThat(kith("log", "--with", "maya", "--channel", "in-person", "--depth", "personal", "--minutes", "90",
                "--time", "18:30", "--initiated-by", "them", "--notes", "Dinner", "--gave", "medium:advice:CV review",
                "--received", "small:gift:a book")).isZero();

        assertThat(out.strip()).isEqualTo("Logged a conversation with Maya Cole on 2026-11-22 (personal, in person;"
                + " 1 favour given and 1 favour received).");
        try (Journal journal = Journal.open(folder, CLOCK)) {
            Person maya = person(journal, "Maya Cole");
            Interaction dinner = journal.interactions().forPerson(maya.id(), 0, 10).get(0);
            assertThat(dinner.date()).isEqualTo(LocalDate.of(2026, 11, 22));
            assertThat(dinner.minutes()).isEqualTo(90);
            assertThat(dinner.notes()).isEqualTo("Dinner");
            assertThat(journal.favours().forPerson(maya.id())).extracting(Favour::direction, Favour::interaction)
                    .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(FavourDirection.GIVEN, dinner.id()),
                            org.assertj.core.groups.Tuple.tuple(FavourDirection.RECEIVED, dinner.id()));
        }
    }

    @Test
    void aGroupConversationNamesWhoseFavourItIs() {
        assertThat(kith("log", "--with", "Maya Cole", "--with", "Sam Lee", "--channel", "video", "--depth",
                "catch-up", "--gave", "Sam Lee=small:introduction:to Maya's boss")).isZero();

        try (Journal journal = Journal.open(folder, CLOCK)) {
            assertThat(journal.favours().forPerson(person(journal, "Sam Lee").id())).hasSize(1);
            assertThat(journal.interactions().forPerson(person(journal, "Maya Cole").id(), 0, 10)).hasSize(1);
        }
        assertThat(kith("log", "--with", "Maya Cole", "--with", "Sam Lee", "--channel", "video", "--depth",
                "catch-up", "--gave", "small:help:x")).isEqualTo(2);
        assertThat(err).startsWith("With several people, say whose favour it is");
    }

    @Test
    void anAmbiguousNameListsTheCandidatesAndWritesNothing() {
        JournalCounts before = counts();

        assertThat(kith("log", "--with", "Sam", "--channel", "call", "--depth", "deep")).isEqualTo(2);

        assertThat(err.strip()).isEqualTo("\"Sam\" matches 3 people: Sam Lee, Sam Ortiz, Samira Haddad"
                + " — use more of the name.");
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void anExactNameWinsOverLongerOnesAndAUniquePartWillDo() {
        assertThat(kith("add", "Sam")).isZero();
        assertThat(kith("log", "--with", "sam", "--with", "ortiz", "--channel", "call", "--depth", "deep"))
                .isZero();

        assertThat(out).contains("with Sam and Sam Ortiz");
    }

    @Test
    void anUnknownNameSaysSoAndWritesNothing() {
        JournalCounts before = counts();

        assertThat(kith("log", "--with", "Maya", "--with", "Zed", "--channel", "call", "--depth", "deep"))
                .isEqualTo(2);

        assertThat(err).startsWith("No one in the journal is called \"Zed\"");
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void wrongValuesAreOneSentenceWithExitCodeTwoAndWriteNothing() {
        JournalCounts before = counts();

        assertThat(kith("log", "--with", "Maya", "--channel", "telepathy", "--depth", "deep")).isEqualTo(2);
        assertThat(err.strip()).isEqualTo("--channel: \"telepathy\" is not one of in-person, video, call, message,"
                + " email, letter, social.");
        assertThat(kith("log", "--with", "Maya", "--channel", "call", "--depth", "profound")).isEqualTo(2);
        assertThat(err).startsWith("--depth: \"profound\" is not one of small-talk, catch-up, personal, deep.");
        assertThat(kith("log", "--with", "Maya", "--channel", "call", "--depth", "deep", "--minutes", "-5"))
                .isEqualTo(2);
        assertThat(err).startsWith("--minutes: a conversation cannot last -5 minutes.");
        assertThat(kith("log", "--with", "Maya", "--channel", "call", "--depth", "deep", "--date", "2026-02-30"))
                .isEqualTo(2);
        assertThat(err).startsWith("--date: \"2026-02-30\" is not a date");
        assertThat(kith("log", "--with", "Maya", "--channel", "call", "--depth", "deep", "--gave", "huge:help:x"))
                .isEqualTo(2);
        assertThat(err.strip()).isEqualTo("--gave \"huge:help:x\": the size \"huge\" is not one of small, medium,"
                + " large.");
        assertThat(kith("log", "--with", "Maya", "--channel", "call", "--depth", "deep", "--received", "small:cash"))
                .isEqualTo(2);
        assertThat(err).startsWith("--received \"small:cash\": the kind \"cash\" is not one of help");
        assertThat(kith("add", "Ann", "--ring", "7")).isEqualTo(2);
        assertThat(err.strip()).isEqualTo("--ring: 7 is not a ring; the rings are 5, 15, 50 and 150.");
        assertThat(kith("add", "Ann", "--birthday", "1990-13-01")).isEqualTo(2);
        assertThat(err).startsWith("--birthday: ");

        assertThat(err.lines()).hasSize(1);
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void anExportImportsIntoAnotherJournalWithASummary() throws IOException {
        kith("log", "--with", "Maya", "--channel", "call", "--depth", "deep", "--gave", "small:help:x");
        Path archive = temp.resolve("kith.json");

        assertThat(kith("export", archive.toString())).isZero();
        assertThat(out.strip()).isEqualTo("Exported 4 people, 1 conversation, 1 favour, 0 follow-ups and 0 reviews"
                + " to " + archive + ".");

        Path other = temp.resolve("other");
        assertThat(kith("--data-dir", other.toString(), "import", archive.toString())).isZero();
        assertThat(out.strip()).isEqualTo("Imported 4 people, 1 conversation, 1 favour, 0 follow-ups and 0 reviews"
                + " from " + archive + ".");
        assertThat(kith("--data-dir", other.toString(), "import", archive.toString())).isZero();
        assertThat(out.strip()).endsWith("; 6 entries were already in the journal as in the archive.");

        Path again = temp.resolve("again.json");
        kith("--data-dir", other.toString(), "export", again.toString());
        assertThat(Files.readString(again)).isEqualTo(Files.readString(archive));
    }

    @Test
    void aMalformedArchiveIsRefusedWithWhereAndTheJournalIsUntouched() throws IOException {
        Path before = temp.resolve("before.json");
        kith("export", before.toString());
        Path bad = Files.writeString(temp.resolve("bad.json"), "{ \"format\": \"kith-archive\", \"version\": 1,"
                + " \"people\": [ { \"id\": \"a\", \"name\": \"Ann\" } ], \"interactions\": [ { \"id\": \"i\","
                + " \"date\": \"2026-01-02\", \"channel\": \"telepathy\", \"depth\": \"deep\", \"people\": [\"a\"] } ] }");

        assertThat(kith("import", bad.toString())).isEqualTo(1);

        assertThat(err).startsWith("The archive " + bad + " cannot be imported: interactions[0].channel:"
                + " \"telepathy\" is not one of in-person")
                .contains("Nothing was imported: the journal is as it was.").doesNotContain("Exception");
        Path after = temp.resolve("after.json");
        kith("export", after.toString());
        assertThat(Files.readString(after)).isEqualTo(Files.readString(before));
    }

    @Test
    void exportRefusesToOverwriteWithoutForceAndUnknownFormats() throws IOException {
        Path existing = Files.writeString(temp.resolve("kith.json"), "keep me");

        assertThat(kith("export", existing.toString())).isEqualTo(1);
        assertThat(err.strip()).isEqualTo(existing + " already exists: choose another name, or add --force to"
                + " replace it.");
        assertThat(Files.readString(existing)).isEqualTo("keep me");

        assertThat(kith("export", existing.toString(), "--force")).isZero();
        assertThat(Files.readString(existing)).contains("\"format\" : \"kith-archive\"");

        assertThat(kith("export", temp.resolve("people.txt").toString())).isEqualTo(2);
        assertThat(err).contains("name the file with .json for a Kith archive, .ics for a calendar, .vcf for vCard"
                + " or .csv for a spreadsheet");
        assertThat(kith("export", temp.resolve("tagged.json").toString(), "--tag", "friends")).isEqualTo(2);
        assertThat(err.strip()).isEqualTo("--tag chooses whom a .vcf or .csv file holds; a Kith archive (.json)"
                + " and a calendar (.ics) hold the whole journal.");
        assertThat(temp.resolve("people.txt")).doesNotExist();
        assertThat(temp.resolve("tagged.json")).doesNotExist();
    }

    @Test
    void datesFarOutsideALifeAreRefusedInOneSentence() throws IOException {
        JournalCounts before = counts();
        byte[] file = Files.readAllBytes(folder.resolve("journal.mv.db"));

        for (String date : List.of("0000-01-01", "9999-12-31", "1899-12-31", "2101-01-01")) {
            assertThat(kith("log", "--with", "may", "--channel", "call", "--depth", "deep", "--date", date))
                    .as(date).isEqualTo(2);
            assertThat(err.strip()).isEqualTo("--date: " + date + " is outside the years Kith takes (1900 to 2100).");
        }

        assertThat(Files.readAllBytes(folder.resolve("journal.mv.db"))).isEqualTo(file);
        assertThat(kith("log", "--with", "may", "--channel", "call", "--depth", "deep", "--date", "1900-01-01"))
                .isZero();
        assertThat(counts().interactions()).isEqualTo(before.interactions() + 1);
    }

    @Test
    void anEmailWithoutAnAtIsRefusedInOneSentence() {
        JournalCounts before = counts();

        assertThat(kith("add", "Eve", "--email", "eve.example.org")).isEqualTo(2);

        assertThat(err.strip()).isEqualTo("--email: \"eve.example.org\" is not an email address (it looks like"
                + " name@example.org).");
        assertThat(counts()).isEqualTo(before);
    }

    private int kith(String... args) {
        List<String> all = new ArrayList<>();
        if (!List.of(args).contains("--data-dir")) {
            all.addAll(List.of("--data-dir", folder.toString()));
        }
        all.addAll(List.of(args));
        StringWriter outText = new StringWriter();
        StringWriter errText = new StringWriter();
        int exitCode = new KithCli(CLOCK, dataFolder -> { }).run(all.toArray(String[]::new),
                new PrintWriter(outText), new PrintWriter(errText));
        out = outText.toString();
        err = errText.toString();
        return exitCode;
    }

    private JournalCounts counts() {
        try (Journal journal = Journal.open(folder, CLOCK)) {
            return journal.counts();
        }
    }

    private static Person person(Journal journal, String name) {
        return journal.people().all().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }
}
