package app.kith.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kith.domain.Person;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a killed Kith leaves behind (its lock file) stops neither a reader nor a writer afterwards. */
class KilledProcessTest {

    @TempDir
    Path folder;

    private final StepClock clock = new StepClock(Instant.parse("2026-11-22T10:00:00Z"));

    @Test
    void aReaderOpensAJournalWhoseWriterWasKilledAndLeavesItByteForByte() throws Exception {
        try (Journal journal = Journal.open(folder, clock)) {
            journal.people().add(Person.named("Maya Cole"));
        }
        OtherProcess window = OtherProcess.holding(folder, null);
        assertThatThrownBy(() -> Journal.openForReading(folder, clock))
                .hasMessageContaining("is already open in another Kith window or command");
        window.kill();
        Path lock = folder.resolve("journal.lock.db");
        assertThat(lock).as("a killed process leaves its lock").exists();
        byte[] file = Files.readAllBytes(JournalFiles.journal(folder));

        try (Journal reading = Journal.openForReading(folder, clock)) {
            assertThat(reading.people().count()).isEqualTo(1);
        }

        assertThat(Files.readAllBytes(JournalFiles.journal(folder))).isEqualTo(file);
        try (Journal writing = Journal.open(folder, clock)) {
            assertThat(writing.people().count()).as("a writer takes the lock over").isEqualTo(1);
        }
        assertThat(lock).doesNotExist();
    }
}
