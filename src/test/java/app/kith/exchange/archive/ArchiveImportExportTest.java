package app.kith.exchange.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kith.domain.Person;
import app.kith.exchange.ExchangeException;
import app.kith.store.ImportOutcome;
import app.kith.store.Journal;
import app.kith.store.JournalCounts;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Archives written from and read into real journals (H2 in a temporary folder). */
class ArchiveImportExportTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);
    private static final Clock LATER = Clock.fixed(Instant.parse("2027-01-05T08:30:00Z"), ZoneOffset.UTC);

    @TempDir
    Path temp;

    @Test
    void anExportImportedIntoAnEmptyJournalExportsTheSameArchive() throws IOException {
        Path first = temp.resolve("first.json");
        Path second = temp.resolve("second.json");
        try (Journal journal = Journal.open(temp.resolve("one"), CLOCK)) {
            new ArchiveImport(journal).importFile(sample());
            new ArchiveExport(journal, CLOCK).export(first, false);
        }
        try (Journal journal = Journal.open(temp.resolve("two"), LATER)) {
            ImportOutcome outcome = new ArchiveImport(journal).importFile(first);
            assertThat(outcome.peopleAdded()).isEqualTo(2);
            assertThat(outcome.interactionsAdded()).isEqualTo(2);
            new ArchiveExport(journal, LATER).export(second, false);
        }

        assertThat(withoutExportedAt(second)).isEqualTo(withoutExportedAt(first));
        assertThat(Files.readString(first)).contains("\"exportedAt\" : \"2026-11-22T10:00:00Z\"");
        assertThat(Files.readString(second)).contains("\"exportedAt\" : \"2027-01-05T08:30:00Z\"");
    }

    @Test
    void theExportKeepsEveryFieldAndTheStableOrder() throws IOException {
        Path file = temp.resolve("out.json");
        try (Journal journal = Journal.open(temp.resolve("j"), CLOCK)) {
            new ArchiveImport(journal).importFile(sample());
            ArchiveCounts counts = new ArchiveExport(journal, CLOCK).export(file, false);
            assertThat(counts).isEqualTo(new ArchiveCounts(2, 2, 1, 1, 1));
        }
        ArchiveContent read;
        try (InputStream in = Files.newInputStream(file)) {
            read = new ArchiveReader().read(in, java.util.Set.of());
        }
        assertThat(read.people()).extracting(Person::name).containsExactly("Ben Okafor", "Maya Cole");
        assertThat(read.interactions()).extracting(i -> i.date().toString())
                .containsExactly("2026-10-12", "2026-11-01");
        Person maya = read.people().get(1);
        assertThat(maya.photo().mediaType()).isEqualTo("image/png");
        assertThat(maya.mattersToThem()).isEqualTo("Her move to Porto");
        assertThat(read.reviews().get(0).decisions()).hasSize(2);
        assertThat(read.favours().get(0).interaction()).isEqualTo(read.interactions().get(1).id());
    }

    @Test
    void aReviewThatClearedACadenceIsExportedWithANullCadenceAndImportedBackTheSame() throws IOException {
        Path file = temp.resolve("out.json");
        java.util.List<app.kith.domain.Review> held;
        try (Journal journal = Journal.open(temp.resolve("one"), CLOCK)) {
            Person maya = Person.builder().name("Maya Cole").cadenceDays(30).build();
            Person ben = Person.named("Ben Okafor");
            journal.people().add(maya);
            journal.people().add(ben);
            UUID review = UUID.randomUUID();
            journal.reviews().start(review, java.time.LocalDate.of(2026, 11, 22),
                    app.kith.domain.ReviewDecision.cadence(maya.id(), null));
            journal.reviews().decide(review, app.kith.domain.ReviewDecision.cadence(ben.id(), 45));
            held = journal.reviews().all();
            new ArchiveExport(journal, CLOCK).export(file, false);
        }
        assertThat(Files.readString(file)).containsPattern("\"action\" : \"cadence\",\\s*\"cadenceDays\" : null");

        try (Journal journal = Journal.open(temp.resolve("two"), CLOCK)) {
            new ArchiveImport(journal).importFile(file);
            assertThat(journal.reviews().all()).isEqualTo(held);
            assertThat(journal.reviews().all().get(0).decisions().get(0).clearsCadence()).isTrue();
        }
    }

    @Test
    void importingTheSameArchiveTwiceChangesNothingTheSecondTime() throws IOException {
        try (Journal journal = Journal.open(temp.resolve("j"), CLOCK)) {
            new ArchiveImport(journal).importFile(sample());
            String before = export(journal);

            ImportOutcome again = new ArchiveImport(journal).importFile(sample());

            assertThat(again.changedNothing()).isTrue();
            assertThat(again.peopleUnchanged()).isEqualTo(2);
            assertThat(again.entriesSkipped()).isEqualTo(5);
            assertThat(export(journal)).isEqualTo(before);
        }
    }

    @Test
    void aPersonAlreadyInTheJournalTakesTheArchivesFieldsAndKeepsTheirEntries() throws IOException {
        Path changed = temp.resolve("changed.json");
        try (Journal journal = Journal.open(temp.resolve("j"), CLOCK)) {
            new ArchiveImport(journal).importFile(sample());
            Files.writeString(changed, Files.readString(sample()).replace("\"Maya Cole\"", "\"Maya Cole-Silva\""));

            ImportOutcome outcome = new ArchiveImport(journal).importFile(changed);

            assertThat(outcome.peopleUpdated()).isEqualTo(1);
            assertThat(outcome.peopleAdded()).isZero();
            assertThat(journal.people().all()).extracting(Person::name).containsExactly("Ben Okafor", "Maya Cole-Silva");
            assertThat(journal.counts()).isEqualTo(new JournalCounts(2, 2, 1, 1));
        }
    }

    @Test
    void entriesMayNamePeopleAlreadyInTheJournal() throws IOException {
        Path file = temp.resolve("more.json");
        try (Journal journal = Journal.open(temp.resolve("j"), CLOCK)) {
            Person rosa = Person.named("Rosa Ortiz");
            journal.people().add(rosa);
            Files.writeString(file, header() + "\"people\": [], \"interactions\": [ { \"id\": \"x1\","
                    + " \"date\": \"2026-11-20\", \"channel\": \"call\", \"depth\": \"deep\", \"people\": [\""
                    + rosa.id() + "\"] } ] }");

            new ArchiveImport(journal).importFile(file);

            assertThat(journal.interactions().forPerson(rosa.id(), 0, 10)).hasSize(1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        bad JSON            | "people": [ { "id": "a", "name": "Ann" } ,, ] }             | not valid JSON
        unknown person      | "people": [], "interactions": [ { "id": "i", "date": "2026-01-02", "channel": "call", "depth": "deep", "people": ["ghost"] } ] } | interactions[0].people[0]: "ghost" is not a person
        unknown channel     | "people": [ { "id": "a", "name": "Ann" } ], "interactions": [ { "id": "i", "date": "2026-01-02", "channel": "telepathy", "depth": "deep", "people": ["a"] } ] } | interactions[0].channel: "telepathy" is not one of in-person
        date not a date     | "people": [ { "id": "a", "name": "Ann" } ], "favours": [ { "id": "f", "date": "2026-02-30", "person": "a", "direction": "given", "size": "small", "kind": "help", "status": "done" } ] } | favours[0].date: "2026-02-30" is not a date
        """)
    void aMalformedArchiveIsRefusedWithItsPlaceAndTheJournalIsUntouched(String name, String body, String says)
            throws IOException {
        assertRefusedUntouched(header() + body, says);
    }

    @Test
    void anUnknownVersionIsRefusedAndTheJournalIsUntouched() throws IOException {
        assertRefusedUntouched("{ \"format\": \"kith-archive\", \"version\": 7, \"people\": [] }",
                "version 7 is not one this Kith can read");
    }

    @Test
    void aGoodPartBeforeABadOneIsNotImportedEither() throws IOException {
        // Two hundred good people, then one conversation naming no one known: none of the people arrive.
        StringBuilder people = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            people.append(i == 0 ? "" : ",").append("{ \"id\": \"n").append(i).append("\", \"name\": \"Person ")
                    .append(i).append("\" }");
        }
        assertRefusedUntouched(header() + "\"people\": [" + people + "], \"interactions\": [ { \"id\": \"i\","
                + " \"date\": \"2026-01-02\", \"channel\": \"call\", \"depth\": \"deep\", \"people\": [\"n999\"] } ] }",
                "interactions[0].people[0]");
    }

    @Test
    void anExistingFileIsNotReplacedUnlessAsked() throws IOException {
        Path file = Files.writeString(temp.resolve("kept.json"), "mine");
        try (Journal journal = Journal.open(temp.resolve("j"), CLOCK)) {
            new ArchiveImport(journal).importFile(sample());

            assertThatThrownBy(() -> new ArchiveExport(journal, CLOCK).export(file, false))
                    .isInstanceOf(ExchangeException.class).hasMessage(file + " already exists.");
            assertThat(Files.readString(file)).isEqualTo("mine");

            new ArchiveExport(journal, CLOCK).export(file, true);
            assertThat(Files.readString(file)).startsWith("{").contains("Maya Cole");
        }
        assertThat(filesIn(temp)).containsExactlyInAnyOrder("kept.json", "j");
    }

    @Test
    void anExportThatCannotBeWrittenLeavesNoFile() {
        Path nowhere = temp.resolve("missing-folder").resolve("out.json");
        try (Journal journal = Journal.open(temp.resolve("j"), CLOCK)) {
            assertThatThrownBy(() -> new ArchiveExport(journal, CLOCK).export(nowhere, false))
                    .isInstanceOf(ExchangeException.class)
                    .hasMessageContaining("the folder " + nowhere.getParent() + " does not exist");
        }
        assertThat(nowhere.getParent()).doesNotExist();
    }

    @Test
    void aMissingFileIsSaidInWords() {
        try (Journal journal = Journal.open(temp.resolve("j"), CLOCK)) {
            Path missing = temp.resolve("nope.json");
            assertThatThrownBy(() -> new ArchiveImport(journal).importFile(missing))
                    .isInstanceOf(ExchangeException.class)
                    .hasMessage("Kith could not read " + missing + ": there is no such file or folder.");
        }
    }

    private void assertRefusedUntouched(String archive, String says) throws IOException {
        Path file = Files.writeString(temp.resolve("bad-" + UUID.randomUUID() + ".json"), archive);
        try (Journal journal = Journal.open(temp.resolve("j"), CLOCK)) {
            new ArchiveImport(journal).importFile(sample());
            JournalCounts counts = journal.counts();
            String before = export(journal);

            assertThatThrownBy(() -> new ArchiveImport(journal).importFile(file))
                    .isInstanceOf(ArchiveException.class).hasMessageContaining(says);

            assertThat(journal.counts()).isEqualTo(counts);
            assertThat(export(journal)).isEqualTo(before);
        }
    }

    private String export(Journal journal) throws IOException {
        Path file = temp.resolve("snapshot-" + UUID.randomUUID() + ".json");
        new ArchiveExport(journal, CLOCK).export(file, false);
        return Files.readString(file);
    }

    private Path sample() throws IOException {
        Path file = temp.resolve("sample.json");
        if (!Files.exists(file)) {
            try (InputStream in = getClass().getResourceAsStream("/archive/sample.json")) {
                Files.copy(in, file);
            }
        }
        return file;
    }

    private static String header() {
        return "{ \"format\": \"kith-archive\", \"version\": 1, ";
    }

    private static String withoutExportedAt(Path file) throws IOException {
        return Files.readString(file).replaceAll("\"exportedAt\" : \"[^\"]*\"", "");
    }

    private static java.util.List<String> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith("snapshot-")
                    && !n.equals("sample.json")).toList();
        }
    }
}
