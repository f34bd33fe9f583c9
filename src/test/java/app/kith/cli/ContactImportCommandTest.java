package app.kith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.domain.Person;
import app.kith.exchange.contacts.ContactFixtures;
import app.kith.store.Journal;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kith import with contacts files, as a script would run it: the JSON contract, dry runs, matches and refusals. */
class ContactImportCommandTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path temp;

    private final KithRun run = new KithRun(CLOCK);
    private String out;
    private String err;

    @Test
    void aDryRunWithJsonFollowsTheContractAndCreatesNoJournal() throws IOException {
        Path folder = temp.resolve("none-yet");

        assertThat(kith(folder, "import", "--dry-run", "--json", fixture("apple.vcf"), fixture("google.csv"))).isZero();

        assertThat(folder).doesNotExist();
        JsonNode report = new ObjectMapper().readTree(out);
        assertThat(report.get("refused")).isEmpty();
        JsonNode apple = report.get("files").get(0);
        assertThat(apple.get("file").asText()).endsWith("apple.vcf");
        assertThat(apple.get("format").asText()).isEqualTo("vcard");
        JsonNode maya = apple.get("people").get(0);
        assertThat(maya.get("name").asText()).isEqualTo("Maya Cole");
        assertThat(maya.get("birthday").asText()).isEqualTo("--03-14");
        assertThat(maya.get("dates").get(0).get("label").asText()).isEqualTo("anniversary");
        assertThat(maya.get("dates").get(0).get("date").asText()).isEqualTo("--06-12");
        assertThat(maya.get("photo").asBoolean()).isTrue();
        assertThat(maya.get("match").isNull()).isTrue();
        for (String field : List.of("name", "nickname", "emails", "phones", "organization", "title", "birthday",
                "metOn", "notes", "tags", "dates", "photo", "match")) {
            assertThat(maya.has(field)).as(field).isTrue();
        }
        assertThat(apple.get("rejected").get(0).get("line").asInt()).isEqualTo(36);
        // Maya again in the Google export: matched with the earlier record of the same import, by email.
        JsonNode again = report.get("files").get(1).get("people").get(0);
        assertThat(again.get("match").get("name").asText()).isEqualTo("Maya Cole");
        assertThat(again.get("match").get("by").asText()).isEqualTo("email");
        assertThat(UUID.fromString(again.get("match").get("personId").asText())).isNotNull();
    }

    @Test
    void anImportMergesByDefaultAndASecondDryRunFindsEveryoneInTheJournal() throws IOException {
        Path folder = temp.resolve("journal");

        assertThat(kith(folder, "import", fixture("apple.vcf"), fixture("google.csv"))).isZero();
        assertThat(out).startsWith("Imported 4 people from apple.vcf and google.csv; 1 record was rejected:")
                .contains("apple.vcf, line 36: the card is a group");

        Person maya = person(folder, "Maya Cole");
        assertThat(maya.emails()).containsExactly("maya@example.org", "maya.cole@work.example");
        assertThat(maya.dates()).hasSize(3);
        assertThat(maya.photo()).isNotNull();

        assertThat(kith(folder, "import", "--dry-run", "--json", fixture("google.csv"))).isZero();
        JsonNode people = new ObjectMapper().readTree(out).get("files").get(0).get("people");
        assertThat(people).allSatisfy(p -> assertThat(p.get("match").get("by").asText()).isEqualTo("email"));
        assertThat(people.get(0).get("match").get("personId").asText()).isEqualTo(maya.id().toString());
    }

    @Test
    void skipAndKeepBothDoWhatTheySay() {
        Path folder = temp.resolve("journal");
        kith(folder, "import", fixture("google.csv"));

        assertThat(kith(folder, "import", "--on-match", "skip", fixture("google.csv"))).isZero();
        assertThat(out).contains("skipped 2 matches");
        assertThat(names(folder)).containsExactly("Maya Cole", "Tom Baker");

        assertThat(kith(folder, "import", "--on-match", "keep-both", fixture("google.csv"))).isZero();
        assertThat(names(folder)).containsExactly("Maya Cole", "Maya Cole", "Tom Baker", "Tom Baker");
    }

    @Test
    void aRefusedImportCreatesNoJournalAndLeavesOneByteForByte() throws IOException {
        Path folder = temp.resolve("none-yet");
        Path empty = Files.createFile(temp.resolve("empty.vcf"));

        assertThat(kith(folder, "import", fixture("apple.vcf"), empty.toString())).isEqualTo(1);

        assertThat(err).contains(empty + " is empty.").contains("Nothing was imported");
        assertThat(folder).doesNotExist();
        assertThat(kith(folder, "import", fixture("apple.vcf"))).isZero();
        assertThat(names(folder)).containsExactlyInAnyOrder("Maya Cole", "Acme Bikes", "Luca Rossi");

        // Into a journal that is there: refused, and its file is byte for byte as it was.
        Path file = folder.resolve("journal.mv.db");
        byte[] before = Files.readAllBytes(file);
        assertThat(kith(folder, "import", fixture("google.csv"), empty.toString())).isEqualTo(1);
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void aRefusedFileStopsTheWholeImportWithExitOneEvenInADryRun() throws IOException {
        Path folder = temp.resolve("journal");
        Path empty = Files.createFile(temp.resolve("empty.vcf"));

        assertThat(kith(folder, "import", fixture("apple.vcf"), empty.toString())).isEqualTo(1);
        assertThat(err).contains(empty + " is empty.").contains("Nothing was imported: the journal is as it was.")
                .doesNotContain("Exception");
        assertThat(names(folder)).isEmpty();

        assertThat(kith(folder, "import", "--dry-run", "--json", fixture("other.csv"))).isEqualTo(1);
        JsonNode refused = new ObjectMapper().readTree(out).get("refused").get(0);
        assertThat(refused.get("file").asText()).endsWith("other.csv");
        assertThat(refused.get("reason").asText()).contains("Full name, Mail, Mobile, Birth date, Groups");

        assertThat(kith(folder, "import", fixture("other.csv"), "--map", "Full name=name", "--map", "Mail=email"))
                .isZero();
        assertThat(names(folder)).containsExactly("Nobody Here", "Rosa Lind");
    }

    @Test
    void wrongOptionsAreAWrongCommandLine() {
        assertThat(kith(temp.resolve("j"), "import", "--on-match", "maybe", fixture("google.csv"))).isEqualTo(2);
        assertThat(err.strip()).isEqualTo("--on-match: maybe is not merge, keep-both or skip.");
        assertThat(kith(temp.resolve("j"), "import", "--map", "Mail", fixture("other.csv"))).isEqualTo(2);
        assertThat(err).contains("is not COLUMN=field");
    }

    @Test
    void duplicatesAcrossExportsAreListedAndMerged() throws IOException {
        Path folder = temp.resolve("journal");
        kith(folder, "import", "--on-match", "keep-both", fixture("outlook-de.csv"), fixture("linkedin.csv"));

        assertThat(kith(folder, "duplicates", "--json")).isZero();
        JsonNode pairs = new ObjectMapper().readTree(out);
        assertThat(pairs).hasSize(1);
        JsonNode pair = pairs.get(0);
        assertThat(pair.get("first").get("name").asText()).isEqualTo("Juergen Mueller");
        assertThat(pair.get("second").get("name").asText()).isEqualTo("Jürgen Müller");
        assertThat(pair.get("why").get(0).asText()).isEqualTo("similar-name");

        assertThat(kith(folder, "merge", pair.get("second").get("id").asText(), pair.get("first").get("id").asText()))
                .isZero();
        assertThat(out).startsWith("Merged Juergen Mueller into Jürgen Müller");
        Person merged = person(folder, "Jürgen Müller");
        assertThat(merged.tags()).contains("linkedin", "Familie");
        assertThat(merged.metOn()).isNotNull();
        assertThat(kith(folder, "duplicates")).isZero();
        assertThat(out.strip()).isEqualTo("No one in the journal looks like someone else.");
    }

    private static String fixture(String name) {
        return ContactFixtures.file(name).toString();
    }

    private List<String> names(Path folder) {
        try (Journal journal = Journal.open(folder, CLOCK)) {
            return journal.people().all().stream().map(Person::name).toList();
        }
    }

    private Person person(Path folder, String name) {
        try (Journal journal = Journal.open(folder, CLOCK)) {
            return journal.people().all().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
        }
    }

    private int kith(Path folder, String... args) {
        int exitCode = run.in(folder, args);
        out = run.out();
        err = run.err();
        return exitCode;
    }
}
