package app.kith.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.domain.PartialDate;
import app.kith.domain.Person;
import app.kith.exchange.archive.TestArchives;
import app.kith.store.Journal;
import app.kith.store.JournalCounts;
import app.kith.ui.exchange.FilePicker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File › Export and Import Kith archive, driven through the menu as a person would. */
class ArchiveWindowTest {

    @TempDir
    Path temp;

    private final WindowTestSupport window = new WindowTestSupport();
    private final Answers files = new Answers();
    private Path data;

    @BeforeAll
    static void toolkit() throws Exception {
        WindowTestSupport.startToolkit();
    }

    @BeforeEach
    void journalWithAda() {
        data = temp.resolve("data");
        try (Journal journal = Journal.open(data, WindowTestSupport.CLOCK)) {
            journal.people().add(Person.named("Ada Lovelace"));
        }
    }

    @AfterEach
    void close() throws Exception {
        window.stop();
    }

    @Test
    void exportingWritesTheArchiveAndSaysWhatItHolds() throws Exception {
        files.save = temp.resolve("kith.json");
        window.start(data, files);
        window.waitFor("#today");

        window.robot.clickOn("File").clickOn("Export Kith archive…");

        window.waitForText("#archive-outcome", text -> text.startsWith("Exported"));
        assertThat(window.textOf("#archive-outcome")).startsWith("Exported 1 person. The archive is kith.json in ");
        assertThat(files.suggested).isEqualTo("kith-2026-11-22.json");
        assertThat(Files.readString(files.save)).contains("\"name\" : \"Ada Lovelace\"");
        window.robot.clickOn((javafx.scene.Node) window.waitFor("#archive-close"));
        assertThat(window.isShown("#archive-dialog")).isFalse();
    }

    @Test
    void exportingTheCalendarWritesTheDatesAndSaysWhatItHolds() throws Exception {
        try (Journal journal = Journal.open(data, WindowTestSupport.CLOCK)) {
            journal.people().add(Person.builder().name("Grace Hopper").birthday(PartialDate.parse("1906-12-09"))
                    .build());
        }
        files.save = temp.resolve("dates.ics");
        window.start(data, files);
        window.waitFor("#today");

        window.robot.clickOn("File").clickOn("Export calendar…");

        window.waitFor("#calendar-export-result");
        assertThat(files.suggested).isEqualTo("Kith dates.ics");
        assertThat(Files.readString(files.save)).contains("SUMMARY:Grace Hopper\u2019s birthday", "RRULE:FREQ=YEARLY");
        javafx.scene.control.DialogPane result = window.waitFor("#calendar-export-result");
        assertThat(result.getContentText()).startsWith("Wrote 1 birthday, 0 other dates and 0 open follow-ups to "
                + files.save);
        window.robot.clickOn(result.lookupButton(javafx.scene.control.ButtonType.OK));
        assertThat(window.isShown("#calendar-export-result")).isFalse();
    }

    @Test
    void importingAMalformedArchiveListsItsProblemsAndChangesNothing() throws Exception {
        files.open = TestArchives.malformed(temp.resolve("bad.json"));
        window.start(data, files);
        window.waitFor("#today");

        window.robot.clickOn("File").clickOn("Import Kith archive…");

        window.waitFor("#archive-problems");
        window.waitFor(".kith-archive-problem");
        List<String> problems = window.robot.lookup(".kith-archive-problem").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
        assertThat(problems).hasSize(2);
        assertThat(problems.get(0)).startsWith("interactions[0].channel: \"telepathy\"");
        assertThat(window.textOf("#archive-outcome"))
                .isEqualTo("The archive has 2 problems, so nothing was imported: the journal is as it was.");
        window.robot.clickOn((javafx.scene.Node) window.waitFor("#archive-close"));
        window.stop();
        try (Journal journal = Journal.open(data, WindowTestSupport.CLOCK)) {
            assertThat(journal.counts()).isEqualTo(new JournalCounts(1, 0, 0, 0));
        }
    }

    /** The file dialogs' answers, given in advance. */
    private static final class Answers implements FilePicker {
        Path open;
        Path save;
        String suggested;

        @Override
        public Path archiveToOpen(Window owner) {
            return open;
        }

        @Override
        public Path archiveToSave(Window owner, String suggestedName) {
            suggested = suggestedName;
            return save;
        }

        @Override
        public Path calendarToSave(Window owner, String suggestedName) {
            suggested = suggestedName;
            return save;
        }
    }
}
