package app.kith.ui.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.domain.PartialDate;
import app.kith.domain.Person;
import app.kith.exchange.contacts.ContactFixtures;
import app.kith.exchange.csv.CsvField;
import app.kith.store.Journal;
import app.kith.ui.common.OfferedUndos;
import app.kith.ui.common.SameThreadTaskRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File › Import contacts without the window: the column mapping step for a CSV Kith does not know. */
class ContactImportViewModelTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path temp;

    private final List<String> offered = new ArrayList<>();
    private Journal journal;
    private ContactImportViewModel model;
    private int imported;

    @BeforeEach
    void open() {
        journal = Journal.open(temp.resolve("data"), CLOCK);
        model = new ContactImportViewModel(new SameThreadTaskRunner(), journal,
                new OfferedUndos((message, undo) -> offered.add(message)), () -> imported++);
    }

    @AfterEach
    void close() {
        journal.close();
    }

    @Test
    void anUnknownCsvIsMappedColumnByColumnFromAGuessThenPreviewedAndImported() {
        model.preview(List.of(ContactFixtures.file("other.csv")));

        assertThat(model.stateProperty().get()).isEqualTo(ContactImportViewModel.State.MAPPING);
        assertThat(model.mappingFileProperty().get()).isEqualTo("other.csv");
        assertThat(model.columns()).extracting(ColumnRow::name)
                .containsExactly("Full name", "Mail", "Mobile", "Birth date", "Groups");
        assertThat(model.columns()).extracting(ColumnRow::sample)
                .containsExactly("Rosa Lind", "rosa@example.org", "+1 555 0177", "1950-02-01", "family");
        assertThat(model.columns()).extracting(row -> row.fieldProperty().get())
                .containsExactly(CsvField.NAME, CsvField.EMAIL, CsvField.PHONE, CsvField.BIRTHDAY, CsvField.TAGS);

        model.columns().get(0).fieldProperty().set(null);
        model.mapColumns();

        assertThat(model.stateProperty().get()).isEqualTo(ContactImportViewModel.State.MAPPING);
        assertThat(model.mappingProblemProperty().get()).startsWith("Choose which column holds the name");

        model.columns().get(0).fieldProperty().set(CsvField.NAME);
        model.columns().get(4).fieldProperty().set(null);
        model.mapColumns();

        assertThat(model.stateProperty().get()).isEqualTo(ContactImportViewModel.State.PREVIEW);
        assertThat(model.added()).containsExactly("Rosa Lind · rosa@example.org · other.csv");
        assertThat(model.rejected()).containsExactly("other.csv, line 4: \"not a date\" is not a date Kith can read");

        model.importNow();

        assertThat(model.stateProperty().get()).isEqualTo(ContactImportViewModel.State.DONE);
        Person rosa = journal.people().all().stream().filter(p -> p.name().equals("Rosa Lind")).findFirst()
                .orElseThrow();
        assertThat(rosa.phones()).containsExactly("+1 555 0177");
        assertThat(rosa.birthday()).isEqualTo(PartialDate.parse("1950-02-01"));
        assertThat(rosa.tags()).as("Groups was left out").isEmpty();
        assertThat(imported).isEqualTo(1);
        assertThat(offered).containsExactly("Imported 1 person");
    }

    @Test
    void severalUnknownFilesAreMappedOneAfterTheOtherBesideAFileKithKnows() throws IOException {
        Path members = Files.writeString(temp.resolve("members.csv"), "Member,E-mail address\nIda Berg,ida@example.org\n");

        model.preview(List.of(ContactFixtures.file("other.csv"), ContactFixtures.file("google.csv"), members));

        assertThat(model.mappingFileProperty().get()).isEqualTo("other.csv (1 of 2)");
        model.mapColumns();
        assertThat(model.mappingFileProperty().get()).isEqualTo("members.csv (2 of 2)");
        assertThat(model.columns()).extracting(row -> row.fieldProperty().get()).containsExactly(null, CsvField.EMAIL);
        model.mapColumns();
        assertThat(model.mappingProblemProperty().get()).isNotEmpty();
        model.columns().get(0).fieldProperty().set(CsvField.NAME);
        model.mapColumns();

        assertThat(model.stateProperty().get()).isEqualTo(ContactImportViewModel.State.PREVIEW);
        assertThat(model.added()).contains("Rosa Lind · rosa@example.org · other.csv",
                "Ida Berg · ida@example.org · members.csv").anyMatch(line -> line.endsWith("google.csv"));
    }
}
