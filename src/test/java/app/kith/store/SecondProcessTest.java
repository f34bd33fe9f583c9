package app.kith.store;

import app.kith.domain.Person;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

/** A second Kith process on the same data folder is told so in words and changes nothing. */
class SecondProcessTest extends JournalTest {

    @Test
    void aSecondProcessIsToldTheJournalIsOpenElsewhereAndTheFirstKeepsItsData() throws Exception {
        SampleEntries.fill(journal);
        JournalSnapshot before = JournalSnapshot.of(journal);
        List<String> filesBefore = fileNames(folder);

        Result second = runSecondProcess(folder, "write");

        assertThat(second.output()).isEqualTo("The journal in " + folder.toAbsolutePath().normalize()
                + " is already open in another Kith window or command. Close it there and try again.");
        assertThat(second.exitCode()).as("refused with a sentence").isEqualTo(1);
        assertThat(fileNames(folder)).as("no backup, no new file").isEqualTo(filesBefore);
        assertThat(JournalSnapshot.of(journal)).isEqualTo(before);

        Person after = addPerson("Added after the refusal");
        reopen();
        assertThat(journal.people().get(after.id())).contains(after);
        assertThat(journal.people().count()).isEqualTo(before.counts().people() + 1);
        assertThat(journal.interactions().count()).isEqualTo(before.counts().interactions());
    }

    @Test
    void aReadCommandInASecondProcessIsToldSoToo() throws Exception {
        SampleEntries.fill(journal);
        List<String> filesBefore = fileNames(folder);

        Result second = runSecondProcess(folder, "read");

        assertThat(second.output()).isEqualTo("The journal in " + folder.toAbsolutePath().normalize()
                + " is already open in another Kith window or command. Close it there and try again.");
        assertThat(second.exitCode()).isEqualTo(1);
        assertThat(fileNames(folder)).isEqualTo(filesBefore);
    }

    private record Result(int exitCode, String output) {
    }

    private static Result runSecondProcess(Path folder, String how) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                "-Dorg.jooq.no-logo=true", "-Dorg.jooq.no-tips=true",
                SecondKithWindow.class.getName(), folder.toString(), how)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        // A guard against a hung child, not a timing assertion.
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("the second process did not finish; it printed: " + output);
        }
        return new Result(process.exitValue(), output);
    }

    private static List<String> fileNames(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }
}
