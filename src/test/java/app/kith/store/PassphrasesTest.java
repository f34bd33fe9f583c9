package app.kith.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kith.domain.Interaction;
import app.kith.domain.Person;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A passphrase set, changed and removed on a journal, as the Settings screen and kith passphrase do it. */
class PassphrasesTest {

    private static final String SECRET_NAME = "Quillon Marchbanks";
    private static final String SECRET_NOTE = "worried about the biopsy results";

    @TempDir
    Path folder;

    private StepClock clock;
    private JournalSnapshot before;

    @BeforeEach
    void aJournalWithSomethingPrivate() {
        clock = new StepClock(Instant.parse("2026-11-22T10:00:00Z"));
        try (Journal journal = Journal.open(folder, clock)) {
            SampleEntries.fill(journal);
            Person secret = Person.named(SECRET_NAME);
            journal.people().add(secret);
            journal.interactions().add(Interaction.create(JournalTest.TODAY, app.kith.domain.Channel.CALL,
                    app.kith.domain.Depth.DEEP, null, null, List.of(secret.id()), SECRET_NOTE));
            before = JournalSnapshot.of(journal);
        }
        assertThat(fileText().contains(SECRET_NAME)).as("a plain journal holds its names as text").isTrue();
    }

    @Test
    void aPassphraseEncryptsTheFileAndOnlyItOpensIt() throws IOException {
        JournalKey key = TestKeys.set(folder, clock, "correct horse battery");

        assertThat(JournalFiles.isLocked(folder)).isTrue();
        for (String secret : List.of(SECRET_NAME, SECRET_NOTE, "Ångström", "Chief Listener")) {
            assertThat(fileText().contains(secret)).as(secret + " in the file").isFalse();
        }
        assertThatThrownBy(() -> Journal.open(folder, clock)).isInstanceOf(PassphraseNeeded.class)
                .hasMessage("The journal in " + folder + " is locked with a passphrase.");
        try (Journal journal = Journal.open(folder, clock, TestKeys.unlock(folder, "correct horse battery"))) {
            assertThat(JournalSnapshot.of(journal)).isEqualTo(before);
        }
        try (Journal journal = Journal.openForReading(folder, clock, key)) {
            assertThat(journal.counts()).isEqualTo(before.counts());
        }
        assertThat(fileNames()).containsExactlyInAnyOrder("journal.mv.db", "journal.salt");
    }

    @Test
    void aWrongPassphraseIsOneSentenceAndLeavesTheFileByteForByte() throws IOException {
        TestKeys.set(folder, clock, "correct horse battery");
        byte[] file = Files.readAllBytes(JournalFiles.journal(folder));
        byte[] salt = Files.readAllBytes(KeySalt.file(folder));

        for (int attempt = 0; attempt < 2; attempt++) {
            JournalKey wrong = TestKeys.unlock(folder, "correct horse battery staple");
            assertThatThrownBy(() -> Journal.open(folder, clock, wrong)).isInstanceOf(WrongPassphrase.class)
                    .hasMessage("That passphrase does not open the journal in " + folder + "; the journal is unchanged."
                            + " Check the passphrase and try again.");
            assertThatThrownBy(() -> Journal.openForReading(folder, clock, wrong)).isInstanceOf(WrongPassphrase.class);
        }

        assertThat(Files.readAllBytes(JournalFiles.journal(folder))).isEqualTo(file);
        assertThat(Files.readAllBytes(KeySalt.file(folder))).isEqualTo(salt);
        assertThat(fileNames()).as("no trace file, no stale lock").containsExactlyInAnyOrder("journal.mv.db",
                "journal.salt");
        try (Journal journal = Journal.open(folder, clock, TestKeys.unlock(folder, "correct horse battery"))) {
            assertThat(journal.counts()).isEqualTo(before.counts());
        }
    }

    @Test
    void changingThePassphraseKeepsEverythingAndTheOldOneNoLongerOpensIt() throws IOException {
        JournalKey first = TestKeys.set(folder, clock, "correct horse battery");

        JournalKey second = Passphrases.change(folder, clock, first, "tr0ubador & friends".toCharArray());

        assertThat(second.salt()).as("the folder keeps its salt").isEqualTo(first.salt());
        assertThatThrownBy(() -> Journal.open(folder, clock, TestKeys.unlock(folder, "correct horse battery")))
                .isInstanceOf(WrongPassphrase.class);
        try (Journal journal = Journal.open(folder, clock, TestKeys.unlock(folder, "tr0ubador & friends"))) {
            assertThat(JournalSnapshot.of(journal)).isEqualTo(before);
        }
        assertThat(fileNames()).containsExactlyInAnyOrder("journal.mv.db", "journal.salt");
    }

    @Test
    void removingThePassphraseLeavesAPlainJournalAndNoSalt() throws IOException {
        JournalKey key = TestKeys.set(folder, clock, "correct horse battery");

        assertThat(Passphrases.change(folder, clock, key, null)).isNull();

        assertThat(JournalFiles.isLocked(folder)).isFalse();
        assertThat(fileNames()).containsExactly("journal.mv.db");
        try (Journal journal = Journal.open(folder, clock)) {
            assertThat(JournalSnapshot.of(journal)).isEqualTo(before);
        }
    }

    @Test
    void aJournalOpenInAnotherProcessIsNotRewritten() throws IOException {
        try (OtherProcess window = OtherProcess.holding(folder, null)) {
            byte[] file = Files.readAllBytes(JournalFiles.journal(folder));
            assertThatThrownBy(() -> Passphrases.change(folder, clock, null, "correct horse battery".toCharArray()))
                    .isInstanceOf(JournalException.class)
                    .hasMessageContaining("is already open in another Kith window or command");
            assertThat(Files.readAllBytes(JournalFiles.journal(folder))).isEqualTo(file);
        }
        assertThat(JournalFiles.isLocked(folder)).isFalse();
        assertThat(Files.exists(folder.resolve(Passphrases.WORK_FOLDER))).isFalse();
    }

    @Test
    void aShortPassphraseIsRefusedAndChangesNothing() throws IOException {
        byte[] file = Files.readAllBytes(JournalFiles.journal(folder));

        assertThatThrownBy(() -> Passphrases.change(folder, clock, null, "hunter2".toCharArray()))
                .hasMessage("A passphrase needs at least 8 characters; a few words are easy to remember and hard to"
                        + " guess.");
        assertThatThrownBy(() -> Passphrases.change(folder, clock, null, null))
                .hasMessage("The journal in " + folder + " has no passphrase to remove.");

        assertThat(Files.readAllBytes(JournalFiles.journal(folder))).isEqualTo(file);
        assertThat(fileNames()).containsExactly("journal.mv.db");
    }

    @Test
    void kithStretchesAPassphraseWithSixHundredThousandRoundsOfPbkdf2() throws IOException {
        Passphrases.change(folder, clock, null, "correct horse battery".toCharArray());

        Properties salt = new Properties();
        salt.load(Files.newBufferedReader(KeySalt.file(folder), StandardCharsets.UTF_8));
        assertThat(salt.getProperty("kdf")).isEqualTo("PBKDF2WithHmacSHA256");
        assertThat(Integer.parseInt(salt.getProperty("iterations"))).isGreaterThanOrEqualTo(600_000);
        assertThat(java.util.Base64.getDecoder().decode(salt.getProperty("salt"))).hasSizeGreaterThanOrEqualTo(16);
        try (Journal journal = Journal.open(folder, clock, JournalKey.unlock(folder,
                "correct horse battery".toCharArray()))) {
            assertThat(journal.counts()).isEqualTo(before.counts());
        }
    }

    @Test
    void aMissingSaltFileIsSaidInWords() throws IOException {
        TestKeys.set(folder, clock, "correct horse battery");
        Files.delete(KeySalt.file(folder));

        assertThatThrownBy(() -> JournalKey.unlock(folder, "correct horse battery".toCharArray()))
                .isInstanceOf(JournalException.class)
                .hasMessage("The journal in " + folder + " is locked with a passphrase, but its salt file journal.salt"
                        + " is missing beside it: Kith needs both (a backup holds both).");
    }

    @Test
    void theFolderAndItsFilesAreTheOwnersOnly() throws IOException {
        TestKeys.set(folder, clock, "correct horse battery");

        assertThat(Files.getPosixFilePermissions(JournalFiles.journal(folder)))
                .isEqualTo(java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.getPosixFilePermissions(KeySalt.file(folder)))
                .isEqualTo(java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.getPosixFilePermissions(folder))
                .isEqualTo(java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
    }

    private String fileText() {
        try {
            return new String(Files.readAllBytes(JournalFiles.journal(folder)), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private List<String> fileNames() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }
}
