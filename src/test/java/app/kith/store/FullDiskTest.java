package app.kith.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kith.domain.Channel;
import app.kith.domain.Depth;
import app.kith.domain.Interaction;
import app.kith.domain.Person;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A journal on a disk that fills up, and on one that cannot be written at all (a real small disk, see SmallDisk). */
class FullDiskTest {

    @TempDir
    Path temp;

    private final StepClock clock = new StepClock(Instant.parse("2026-11-22T10:00:00Z"));

    @Test
    void aWriteThatFillsTheDiskIsOneSentenceAndTheJournalStaysAsItWas() throws Exception {
        try (SmallDisk disk = SmallDisk.mount(temp.resolve("disk"), 2)) {
            Path folder = disk.folder().resolve("journal");
            JournalSnapshot before;
            try (Journal journal = Journal.open(folder, clock)) {
                journal.people().add(Person.named("Maya Cole"));
                before = JournalSnapshot.of(journal);
                assertThatThrownBy(() -> journal.importContent(tooMuch()))
                        .isInstanceOf(JournalException.class)
                        .hasMessageEndingWith("the file in " + folder + " cannot be written (is the disk full or"
                                + " read-only?).")
                        .satisfies(e -> assertThat(e.getMessage().lines()).hasSize(1));
                assertThat(JournalSnapshot.of(journal)).as("the window reads on after the failure").isEqualTo(before);
            }
            assertThat(fileNames(folder)).as("no trace file, no lock left").containsExactly("journal.mv.db");

            try (Journal reading = Journal.openForReading(folder, clock)) {
                assertThat(JournalSnapshot.of(reading)).as("read on the full disk").isEqualTo(before);
            }
            try (Journal writing = Journal.open(folder, clock)) {
                assertThat(JournalSnapshot.of(writing)).isEqualTo(before);
            }
        }
    }

    @Test
    void aJournalOnADiskAlreadyFullOpensForWritingAndLeavesNoLock() throws Exception {
        try (SmallDisk disk = SmallDisk.mount(temp.resolve("disk"), 2)) {
            Path folder = disk.folder().resolve("journal");
            try (Journal journal = Journal.open(folder, clock)) {
                journal.people().add(Person.named("Maya Cole"));
            }
            fill(disk.folder().resolve("filler"));

            // The system's lock (FILE_LOCK=FS) needs no lock file, so a full disk no longer stops the opening; what
            // a write on it says is the test above.
            try (Journal journal = Journal.open(folder, clock)) {
                assertThat(journal.people().count()).isEqualTo(1);
            }

            assertThat(fileNames(folder)).as("no trace file, no lock left").containsExactly("journal.mv.db");
            try (Journal reading = Journal.openForReading(folder, clock)) {
                assertThat(reading.people().count()).as("read on the full disk").isEqualTo(1);
            }
        }
    }

    /** Writes zeros into the file until the disk has no room left. */
    private static void fill(Path file) throws IOException {
        byte[] block = new byte[4096];
        try (java.io.OutputStream out = Files.newOutputStream(file)) {
            while (true) {
                out.write(block);
            }
        } catch (IOException full) {
            // The disk is full: what was wanted.
        }
        byte[] one = new byte[1];
        try (java.io.OutputStream out = Files.newOutputStream(file, java.nio.file.StandardOpenOption.APPEND)) {
            while (true) {
                out.write(one);
                out.flush();
            }
        } catch (IOException full) {
            // Not a byte more.
        }
    }

    @Test
    void aJournalOnAReadOnlyDiskIsReadAndNotWritten() throws Exception {
        try (SmallDisk disk = SmallDisk.mount(temp.resolve("disk"), 4)) {
            Path folder = disk.folder().resolve("journal");
            try (Journal journal = Journal.open(folder, clock)) {
                journal.people().add(Person.named("Maya Cole"));
            }
            disk.makeReadOnly();

            assertThat(Database.onReadOnlyMedium(folder)).isTrue();
            assertThatThrownBy(() -> Journal.open(folder, clock))
                    .hasMessage("The journal in " + folder + " is on a disk Kith cannot write to: it can be read and"
                            + " exported, not changed.");
            try (Journal reading = Journal.openForReading(folder, clock)) {
                assertThat(reading.people().count()).isEqualTo(1);
                assertThatThrownBy(() -> reading.backups().backUp("manual"))
                        .hasMessage("Kith could not write a backup to " + folder.resolve("backups")
                                + ": Read-only file system. The journal is as it was.");
            }
        }
    }

    /** More conversations than a disk of 2 MB holds. */
    private static JournalContent tooMuch() {
        List<Person> people = new ArrayList<>();
        List<Interaction> talks = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            people.add(Person.named("Person " + i));
        }
        for (int i = 0; i < 30_000; i++) {
            talks.add(Interaction.create(LocalDate.of(2026, 1, 1).plusDays(i % 300), Channel.CALL, Depth.DEEP, null,
                    30, List.of(people.get(i % people.size()).id()), "a conversation long enough to fill a disk " + i));
        }
        return new JournalContent(people, talks, List.of(), List.of(), List.of());
    }

    private static List<String> fileNames(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }
}
