package app.kith.ui.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.exchange.archive.TestArchives;
import app.kith.store.Journal;
import app.kith.store.JournalCounts;
import app.kith.ui.common.SameThreadTaskRunner;
import app.kith.ui.exchange.ArchiveViewModel.State;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveViewModelTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path temp;

    private Journal journal;
    private final AtomicInteger importsSeen = new AtomicInteger();
    private ArchiveViewModel model;

    @BeforeEach
    void open() {
        journal = Journal.open(temp.resolve("journal"), CLOCK);
        model = new ArchiveViewModel(new SameThreadTaskRunner(), journal, CLOCK, importsSeen::incrementAndGet);
    }

    @AfterEach
    void close() {
        journal.close();
    }

    @Test
    void theSaveDialogSuggestsTodaysArchiveName() {
        assertThat(model.suggestedFileName()).isEqualTo("kith-2026-11-22.json");
    }

    @Test
    void anImportEndsWithASummaryAndTellsTheScreens() throws IOException {
        Path archive = TestArchives.conversations(temp.resolve("in.json"), 1_200);
        List<String> messages = new ArrayList<>();
        model.messageProperty().addListener((observable, was, now) -> messages.add(now));

        model.importFrom(archive);

        assertThat(model.stateProperty().get()).isEqualTo(State.DONE);
        assertThat(model.outcomeProperty().get()).isEqualTo("Imported 2 people and 1,200 conversations.");
        assertThat(importsSeen).hasValue(1);
        assertThat(journal.counts()).isEqualTo(new JournalCounts(2, 1_200, 0, 0));
        assertThat(messages).anyMatch(m -> m.startsWith("Checking the entries… "))
                .anyMatch(m -> m.equals("Saving into the journal… 1,202 of 1,202 entries"));
    }

    @Test
    void importingTheSameArchiveAgainSaysNothingNewWasImported() throws IOException {
        Path archive = TestArchives.conversations(temp.resolve("in.json"), 10);
        model.importFrom(archive);

        model.importFrom(archive);

        assertThat(model.outcomeProperty().get())
                .isEqualTo("Nothing new was imported; 12 entries were in the journal already and left as they were.");
        assertThat(importsSeen).hasValue(1);
    }

    @Test
    void aMalformedArchiveListsItsProblemsAndChangesNothing() throws IOException {
        journal.people().add(app.kith.domain.Person.named("Ada"));

        model.importFrom(TestArchives.malformed(temp.resolve("bad.json")));

        assertThat(model.stateProperty().get()).isEqualTo(State.PROBLEMS);
        assertThat(model.outcomeProperty().get())
                .isEqualTo("The archive has 2 problems, so nothing was imported: the journal is as it was.");
        assertThat(model.problems()).hasSize(2);
        assertThat(model.problems().get(0)).startsWith("interactions[0].channel: \"telepathy\" is not one of");
        assertThat(model.problems().get(1)).startsWith("interactions[1].people[0]: \"p9\" is not a person");
        assertThat(journal.counts()).isEqualTo(new JournalCounts(1, 0, 0, 0));
        assertThat(importsSeen).hasValue(0);
    }

    @Test
    void stoppingAnImportWhileItSavesLeavesTheJournalAsItWas() throws IOException {
        Path archive = TestArchives.conversations(temp.resolve("in.json"), 2_500);
        model.messageProperty().addListener((observable, was, now) -> {
            if (now.startsWith("Saving")) {
                model.stop();
            }
        });

        model.importFrom(archive);

        assertThat(model.stateProperty().get()).isEqualTo(State.STOPPED);
        assertThat(model.outcomeProperty().get())
                .isEqualTo("The import was stopped: nothing was imported, the journal is as it was.");
        assertThat(journal.counts()).isEqualTo(new JournalCounts(0, 0, 0, 0));
        assertThat(importsSeen).hasValue(0);
    }

    @Test
    void anExportWritesTheFileAndSaysWhatItHolds() throws IOException {
        journal.importContent(new app.kith.store.JournalContent(List.of(app.kith.domain.Person.named("Ada")),
                List.of(), List.of(), List.of(), List.of()));
        Path target = temp.resolve(model.suggestedFileName());

        model.exportTo(target);

        assertThat(model.stateProperty().get()).isEqualTo(State.DONE);
        assertThat(model.outcomeProperty().get())
                .isEqualTo("Exported 1 person. The archive is kith-2026-11-22.json in " + temp + ".");
        assertThat(Files.readString(target)).contains("\"name\" : \"Ada\"");
        assertThat(importsSeen).hasValue(0);
    }

    @Test
    void stoppingAnExportLeavesNoFile() throws IOException {
        journal.importContent(new app.kith.store.JournalContent(List.of(app.kith.domain.Person.named("Ada")),
                List.of(), List.of(), List.of(), List.of()));
        new app.kith.exchange.archive.ArchiveImport(journal).importFile(
                TestArchives.conversations(temp.resolve("in.json"), 1_500));
        Path target = temp.resolve("out").resolve("kith.json");
        Files.createDirectories(target.getParent());
        model.messageProperty().addListener((observable, was, now) -> {
            if (now.startsWith("Writing")) {
                model.stop();
            }
        });

        model.exportTo(target);

        assertThat(model.stateProperty().get()).isEqualTo(State.STOPPED);
        assertThat(model.outcomeProperty().get()).isEqualTo("The export was stopped: no file was written.");
        try (var left = Files.list(target.getParent())) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void aFileThatCannotBeReadIsOneSentence() {
        model.importFrom(temp.resolve("missing.json"));

        assertThat(model.stateProperty().get()).isEqualTo(State.FAILED);
        assertThat(model.outcomeProperty().get())
                .isEqualTo("Kith could not read " + temp.resolve("missing.json") + ": there is no such file or folder.");
    }
}
