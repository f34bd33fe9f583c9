package app.kith.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kith.domain.Person;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A killed Kith stops neither a reader nor a writer afterwards: the journal is kept by the system's lock on its file,
 * which goes with the process, and an earlier build's leftover lock file is taken away when nobody keeps the journal.
 */
class KilledProcessTest {

    @TempDir
    Path folder;

    private final StepClock clock = new StepClock(Instant.parse("2026-11-22T10:00:00Z"));

    @Test
    void aReaderOpensAJournalWhoseWriterWasKilledAndLeavesItByteForByte() throws Exception {
        journalOfAKilledWindow(() -> Journal.openForReading(folder, clock));
        assertThat(folder.resolve("journal.lock.db")).as("nothing left behind by the killed process").doesNotExist();
        byte[] file = Files.readAllBytes(JournalFiles.journal(folder));

        try (Journal reading = Journal.openForReading(folder, clock)) {
            assertThat(reading.people().count()).isEqualTo(1);
        }

        assertThat(Files.readAllBytes(JournalFiles.journal(folder))).isEqualTo(file);
    }

    /** The window's next start after a crash: the time-out only guards against a hang, it measures nothing. */
    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void aWriterOpensAJournalWhoseWriterWasKilled() throws Exception {
        journalOfAKilledWindow(() -> Journal.open(folder, clock));

        try (Journal writing = Journal.open(folder, clock)) {
            assertThat(writing.people().count()).isEqualTo(1);
            writing.people().add(Person.named("Tom Reed"));
        }
        try (Journal reading = Journal.openForReading(folder, clock)) {
            assertThat(reading.people().count()).isEqualTo(2);
        }
    }

    @Test
    void aLockFileLeftByAnEarlierBuildIsTakenAwayWhenNobodyKeepsTheJournal() throws Exception {
        try (Journal journal = Journal.open(folder, clock)) {
            journal.people().add(Person.named("Maya Cole"));
        }
        Path lock = folder.resolve("journal.lock.db");
        // What an earlier Kith (H2's FILE_LOCK=FILE) left when it was killed: a lock file nobody keeps.
        Files.writeString(lock, "#FileLock\nid=18c0f3a1b2d4e5f6\nmethod=FILE\n");

        try (Journal writing = Journal.open(folder, clock)) {
            assertThat(writing.people().count()).isEqualTo(1);
        }
        assertThat(lock).doesNotExist();
        try (Journal reading = Journal.openForReading(folder, clock)) {
            assertThat(reading.people().count()).isEqualTo(1);
        }
    }

    /**
     * Maya in the journal, held by another process (a window) that is then killed; while it lived, {@code open}
     * was refused with the "already open" sentence.
     */
    private void journalOfAKilledWindow(ThrowingCallable open) throws Exception {
        try (Journal journal = Journal.open(folder, clock)) {
            journal.people().add(Person.named("Maya Cole"));
        }
        OtherProcess window = OtherProcess.holding(folder, null);
        assertThatThrownBy(open).hasMessageContaining("is already open in another Kith window or command");
        window.kill();
    }
}
