package app.kith.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kith.domain.Person;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Backups taken, checked, kept to a count, and restored, with and without a passphrase. */
class BackupsTest {

    @TempDir
    Path temp;

    private Path folder;
    private StepClock clock;

    @BeforeEach
    void aJournal() {
        folder = temp.resolve("journal");
        clock = new StepClock(Instant.parse("2026-11-22T10:00:00Z"));
        try (Journal journal = Journal.open(folder, clock)) {
            SampleEntries.fill(journal);
        }
    }

    @Test
    void aBackupSaysWhatItHoldsAndOpensWithEverythingInIt() throws IOException {
        JournalSnapshot before;
        BackupFile backup;
        try (Journal journal = Journal.open(folder, clock)) {
            before = JournalSnapshot.of(journal);
            backup = journal.backups().backUp("manual");
            assertThat(journal.backups().list()).containsExactly(backup);
        }

        assertThat(backup.counts()).isEqualTo(before.counts());
        assertThat(backup.encrypted()).isFalse();
        assertThat(BackupZip.entries(backup.file())).containsExactly("kith-backup.properties", "journal.mv.db");
        assertThat(Files.getPosixFilePermissions(backup.file()))
                .isEqualTo(java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        assertThat(fileNames(folder.resolve("backups"))).as("no work folder, no part file left")
                .containsExactly(backup.file().getFileName().toString());
        Path elsewhere = temp.resolve("elsewhere");
        Files.createDirectories(elsewhere);
        BackupZip.extract(backup.file(), "journal.mv.db", JournalFiles.journal(elsewhere));
        try (Journal copy = Journal.open(elsewhere, clock)) {
            assertThat(JournalSnapshot.of(copy)).isEqualTo(before);
        }
    }

    @Test
    void aBackupOfALockedJournalIsEncryptedAndCarriesItsSalt() throws IOException {
        try (Journal journal = Journal.open(folder, clock)) {
            journal.people().add(Person.named("Quillon Marchbanks"));
        }
        JournalKey key = TestKeys.set(folder, clock, "correct horse battery");
        BackupFile backup;
        try (Journal journal = Journal.open(folder, clock, key)) {
            backup = journal.backups().backUp("manual");
        }

        assertThat(backup.encrypted()).isTrue();
        assertThat(BackupZip.entries(backup.file())).containsExactly("kith-backup.properties", "journal.mv.db",
                "journal.salt");
        assertThat(entryText(backup.file(), "journal.mv.db").contains("Quillon")).as("a name in the backup").isFalse();
        assertThat(entryText(backup.file(), "kith-backup.properties")).doesNotContain("Quillon");

        Path elsewhere = temp.resolve("another computer");
        try (Journal fresh = Journal.open(elsewhere, clock)) {
            Restore.Restored restored = Restore.replace(fresh, clock, backup.file(),
                    () -> "correct horse battery".toCharArray());
            assertThat(restored.backup().counts().people()).isEqualTo(backup.counts().people());
        }
        try (Journal restored = Journal.open(elsewhere, clock)) {
            assertThat(JournalProbe.personNames(restored)).contains("Quillon Marchbanks");
        }
    }

    @Test
    void onlyTheNewestBackupsAreKept() {
        List<BackupFile> taken = new java.util.ArrayList<>();
        try (Journal journal = Journal.open(folder, clock)) {
            journal.backups().setKeep(3);
            for (int i = 0; i < 5; i++) {
                taken.add(journal.backups().backUp(i % 2 == 0 ? "daily" : "closing"));
            }
            assertThat(journal.backups().list()).containsExactly(taken.get(4), taken.get(3), taken.get(2));
            assertThat(journal.backups().keep()).isEqualTo(3);
            assertThatThrownBy(() -> journal.backups().setKeep(0))
                    .hasMessage("Kith keeps between 1 and 100 backups, not 0.");
        }
    }

    @Test
    void aDailyBackupIsDueOnceADayHasPassedSinceTheLatest() {
        try (Journal journal = Journal.open(folder, clock)) {
            assertThat(journal.backups().dueDaily()).as("no backup yet").isTrue();
            journal.backups().backUp("daily");
            assertThat(journal.backups().dueDaily()).isFalse();
            clock.advance(java.time.Duration.ofHours(25));
            assertThat(journal.backups().dueDaily()).isTrue();
        }
    }

    @Test
    void whatAKilledBackupPassphraseChangeOrRestoreLeftIsClearedAway() throws IOException {
        Path backups = Files.createDirectories(folder.resolve("backups"));
        Files.createDirectories(backups.resolve(".work-journal-daily-20261121-100000.zip").resolve("check"));
        Files.writeString(backups.resolve(".journal-daily-20261121-100000.zip.part"), "half");
        Files.createDirectories(folder.resolve(Passphrases.WORK_FOLDER));
        Files.writeString(folder.resolve(Restore.WORK_FOLDER + "-x"), "not ours");
        Files.createDirectories(folder.resolve(Restore.WORK_FOLDER));

        try (Journal journal = Journal.open(folder, clock)) {
            journal.backups().backUp("manual");
        }

        assertThat(fileNames(backups)).singleElement().satisfies(name -> assertThat(name).startsWith("journal-manual-"));
        assertThat(folder.resolve(Passphrases.WORK_FOLDER)).doesNotExist();
        assertThat(folder.resolve(Restore.WORK_FOLDER)).doesNotExist();
        assertThat(folder.resolve(Restore.WORK_FOLDER + "-x")).as("only Kith's own work folders go").exists();
    }

    @Test
    void aBackupToAFileThatExistsIsRefused() throws IOException {
        Path existing = Files.writeString(temp.resolve("kept.zip"), "mine");
        try (Journal journal = Journal.open(folder, clock)) {
            assertThatThrownBy(() -> journal.backups().backUpTo(existing))
                    .hasMessage(existing + " already exists: choose another name.");
        }
        assertThat(existing).hasContent("mine");
    }

    @Test
    void aRestoreKeepsTheJournalAsItWasAndBringsTheBackupBack() {
        BackupFile backup;
        JournalSnapshot atBackup;
        JournalSnapshot later;
        try (Journal journal = Journal.open(folder, clock)) {
            atBackup = JournalSnapshot.of(journal);
            backup = journal.backups().backUp("manual");
            journal.people().add(Person.named("Added after the backup"));
            later = JournalSnapshot.of(journal);
        }

        Restore.Restored restored;
        try (Journal journal = Journal.open(folder, clock)) {
            restored = Restore.replace(journal, clock, backup.file(), () -> null);
        }

        assertThat(restored.backup().counts()).isEqualTo(atBackup.counts());
        assertThat(restored.backup().takenAt()).isEqualTo(backup.takenAt());
        assertThat(restored.keptBefore().label()).isEqualTo("before-restore");
        assertThat(restored.keptBefore().counts()).isEqualTo(later.counts());
        try (Journal journal = Journal.open(folder, clock)) {
            assertThat(JournalSnapshot.of(journal)).isEqualTo(atBackup);
            // The restore itself can be undone from the backup it kept.
            Restore.replace(journal, clock, restored.keptBefore().file(), () -> null);
        }
        try (Journal journal = Journal.open(folder, clock)) {
            assertThat(JournalSnapshot.of(journal)).isEqualTo(later);
        }
        assertThat(folder.resolve(Restore.WORK_FOLDER)).doesNotExist();
    }

    @Test
    void aBackupUnderAnOlderPassphraseAsksForItAndTakesTheJournalsPassphrase() {
        JournalKey first = TestKeys.set(folder, clock, "correct horse battery");
        BackupFile backup;
        try (Journal journal = Journal.open(folder, clock, first)) {
            backup = journal.backups().backUp("manual");
        }
        JournalKey second = Passphrases.change(folder, clock, first, "tr0ubador & friends".toCharArray());

        try (Journal journal = Journal.open(folder, clock, second)) {
            assertThatThrownBy(() -> Restore.replace(journal, clock, backup.file(), () -> null))
                    .isInstanceOf(PassphraseNeeded.class)
                    .hasMessage("The backup " + backup.file() + " is locked with a passphrase the journal no longer"
                            + " has: Kith needs that passphrase to restore it.");
            assertThatThrownBy(() -> Restore.replace(journal, clock, backup.file(), "wrong wrong".toCharArray()::clone))
                    .isInstanceOf(WrongPassphrase.class);
            Restore.replace(journal, clock, backup.file(), "correct horse battery".toCharArray()::clone);
        }

        try (Journal journal = Journal.open(folder, clock, TestKeys.unlock(folder, "tr0ubador & friends"))) {
            assertThat(journal.counts()).isEqualTo(backup.counts());
        }
    }

    @Test
    void aFileThatIsNotABackupIsSaidInWordsAndChangesNothing() throws IOException {
        Path notABackup = Files.writeString(temp.resolve("notes.zip"), "just text");
        byte[] before = Files.readAllBytes(JournalFiles.journal(folder));

        try (Journal journal = Journal.open(folder, clock)) {
            assertThatThrownBy(() -> Restore.replace(journal, clock, notABackup, () -> null))
                    .hasMessage(notABackup + " is not a Kith backup: it is not a zip file.");
            assertThatThrownBy(() -> Restore.replace(journal, clock, temp.resolve("nowhere.zip"), () -> null))
                    .hasMessage("There is no backup " + temp.resolve("nowhere.zip") + ".");
        }
        assertThat(folder.resolve("backups")).doesNotExist();
        assertThat(folder.resolve(Restore.WORK_FOLDER)).doesNotExist();
    }

    private static String entryText(Path zip, String entry) throws IOException {
        try (ZipFile file = new ZipFile(zip.toFile()); InputStream in = file.getInputStream(file.getEntry(entry))) {
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    private static List<String> fileNames(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }
}
