package app.kith.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.exchange.archive.ArchiveContent;
import app.kith.exchange.archive.ArchiveExport;
import app.kith.exchange.archive.ArchiveReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * A journal of every schema released so far (src/test/resources/db/fixtures, made by the released code), opened by
 * today's Kith: upgraded after a backup of it as it was, and holding what the release it came from said it held.
 */
class MigrationFixturesTest {

    /** The schema version the current migrations end at. */
    private static final int CURRENT = 5;

    @TempDir
    Path temp;

    private final StepClock clock = new StepClock(Instant.parse("2026-12-05T10:00:00Z"));

    @ParameterizedTest(name = "a V{0} journal")
    @ValueSource(ints = {1, 2, 3, 4, 5})
    void anEarlierJournalIsUpgradedAfterABackupAndHoldsWhatItHeld(int version) throws Exception {
        Path folder = fixture(version, temp.resolve("journal"));
        assertThat(schemaVersion(folder)).isEqualTo(version);

        try (Journal journal = Journal.open(folder, clock)) {
            assertThat(read(export(journal))).isEqualTo(expected(version));
            assertThat(journal.scores().today().people()).hasSize(journal.counts().people());
        }

        assertThat(schemaVersion(folder)).isEqualTo(CURRENT);
        List<Path> backups = backups(folder);
        if (version == CURRENT) {
            assertThat(backups).as("nothing to upgrade, no backup").isEmpty();
            return;
        }
        assertThat(backups).singleElement().satisfies(backup ->
                assertThat(backup.getFileName().toString()).startsWith("journal-before-migration-"));
        Path before = temp.resolve("as it was");
        Files.createDirectories(before);
        BackupZip.extract(backups.get(0), JournalFiles.JOURNAL, JournalFiles.journal(before));
        assertThat(schemaVersion(before)).as("the backup holds the journal before the upgrade").isEqualTo(version);
    }

    @Test
    void aBackupMadeByTheFirstReleaseIsRestoredAndUpgraded() throws Exception {
        Path old = fixture(1, temp.resolve("v1"));
        Path backup = temp.resolve("journal-v1.zip");
        // What H2's BACKUP TO wrote then: a zip holding only the journal file.
        try (OutputStream out = Files.newOutputStream(backup); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(JournalFiles.JOURNAL));
            Files.copy(JournalFiles.journal(old), zip);
            zip.closeEntry();
        }
        Path folder = temp.resolve("journal");

        try (Journal journal = Journal.open(folder, clock)) {
            Restore.Restored restored = Restore.replace(journal, clock, backup, () -> null);
            assertThat(restored.backup().counts().people()).isEqualTo(expected(1).people().size());
        }

        assertThat(schemaVersion(folder)).isEqualTo(CURRENT);
        try (Journal journal = Journal.open(folder, clock)) {
            assertThat(read(export(journal))).isEqualTo(expected(1));
        }
    }

    private static Path fixture(int version, Path folder) throws IOException {
        Files.createDirectories(folder);
        try (InputStream in = MigrationFixturesTest.class.getResourceAsStream(
                "/db/fixtures/v" + version + "/journal.mv.db")) {
            Files.copy(in, JournalFiles.journal(folder));
        }
        return folder;
    }

    private static ArchiveContent expected(int version) throws IOException {
        try (InputStream in = MigrationFixturesTest.class.getResourceAsStream(
                "/db/fixtures/v" + version + "/expected.json")) {
            return new ArchiveReader().read(in, Set.of());
        }
    }

    private Path export(Journal journal) {
        Path file = temp.resolve("export-" + System.nanoTime() + ".json");
        new ArchiveExport(journal, clock).export(file, false);
        return file;
    }

    private static ArchiveContent read(Path archive) throws IOException {
        try (InputStream in = Files.newInputStream(archive)) {
            return new ArchiveReader().read(in, Set.of());
        }
    }

    /** The schema version Flyway recorded, read with plain SQL so that nothing is upgraded by asking. */
    private static int schemaVersion(Path folder) throws Exception {
        JournalConnections connections = new JournalConnections(folder.resolve(Database.FILE_NAME), null,
                JournalConnections.Access.READ_UNLOCKED);
        try (Connection connection = connections.connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT MAX(CAST(\"version\" AS INT)) FROM \"flyway_schema_history\" WHERE \"success\"")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private static List<Path> backups(Path folder) throws IOException {
        if (!Files.isDirectory(folder.resolve("backups"))) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder.resolve("backups"))) {
            return files.filter(file -> file.getFileName().toString().endsWith(".zip")).toList();
        }
    }
}
