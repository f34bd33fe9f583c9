package app.kith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.store.Journal;
import app.kith.store.TodayJournal;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kith export FILE.ics}: the calendar, by the file's extension, with the export's usual rules. */
class ExportCalendarCommandTest {

    @TempDir
    Path folder;

    private Path data;
    private String out;
    private String err;

    @BeforeEach
    void journal() throws Exception {
        data = Files.createDirectory(folder.resolve("data"));
        try (Journal journal = Journal.open(data, TodayJournal.CLOCK)) {
            new TodayJournal().writeTo(journal);
        }
    }

    @Test
    void anIcsFileIsACalendarAndTheSummarySaysWhatItHolds() throws Exception {
        Path file = folder.resolve("Kith.ICS");

        assertThat(run("export", file.toString())).isZero();

        assertThat(out).isEqualTo("Exported 4 birthdays, 3 other dates and 3 open follow-ups to " + file + ".\n");
        assertThat(Files.readString(file)).startsWith("BEGIN:VCALENDAR\r\n").contains("RRULE:FREQ=YEARLY");
        assertThat(err).isEmpty();
    }

    @Test
    void anExistingFileIsReplacedOnlyWithForce() throws Exception {
        Path file = folder.resolve("dates.ics");
        Files.writeString(file, "keep me");

        assertThat(run("export", file.toString())).isEqualTo(1);
        assertThat(err).contains("already exists", "--force");
        assertThat(Files.readString(file)).isEqualTo("keep me");

        assertThat(run("export", file.toString(), "--force")).isZero();
        assertThat(Files.readString(file)).startsWith("BEGIN:VCALENDAR");
    }

    @Test
    void aMissingFolderIsSaidInOneSentenceAndLeavesNoFile() {
        Path file = folder.resolve("nowhere").resolve("dates.ics");

        assertThat(run("export", file.toString())).isEqualTo(1);

        assertThat(err.strip()).contains("does not exist").doesNotContain("Exception").doesNotContain("\n");
        assertThat(Files.exists(file)).isFalse();
    }

    private int run(String... args) {
        List<String> all = new ArrayList<>(List.of("--data-dir", data.toString()));
        all.addAll(List.of(args));
        StringWriter outText = new StringWriter();
        StringWriter errText = new StringWriter();
        int exitCode = new KithCli(TodayJournal.CLOCK, dataFolder -> { }).run(all.toArray(String[]::new),
                new PrintWriter(outText), new PrintWriter(errText));
        out = outText.toString();
        err = errText.toString();
        return exitCode;
    }
}
