package app.kith.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaVersionTest {

    private static final Pattern SCRIPT = Pattern.compile("V(\\d+)__.*\\.sql");

    @TempDir
    Path temp;

    private final StepClock clock = new StepClock(Instant.parse("2026-12-05T10:00:00Z"));

    @Test
    void theLatestVersionIsTheLastMigrationScripts() throws IOException, URISyntaxException {
        Path scripts = Path.of(SchemaVersionTest.class.getResource("/db/migration").toURI());
        int last;
        try (Stream<Path> files = Files.list(scripts)) {
            last = files.map(file -> SCRIPT.matcher(file.getFileName().toString())).filter(Matcher::matches)
                    .mapToInt(match -> Integer.parseInt(match.group(1))).max().orElseThrow();
        }

        assertThat(SchemaVersion.LATEST).isEqualTo(String.valueOf(last));
    }

    @Test
    void aJournalAtTheLatestVersionOpensWithoutFlywayCheckingItsScriptsAgain() throws SQLException {
        Path folder = temp.resolve("journal");
        Journal.open(folder, clock).close();
        // Flyway's validation would refuse this journal: an applied script's checksum no longer matches the file.
        sql(folder, "update \"flyway_schema_history\" set \"checksum\" = 1 where \"version\" = '1'");

        try (Journal journal = Journal.open(folder, clock)) {
            assertThat(journal.counts().isEmpty()).isTrue();
        }
        try (Journal reader = Journal.openForReading(folder, clock)) {
            assertThat(reader.counts().isEmpty()).isTrue();
        }
    }

    @Test
    void aJournalOneMigrationBehindIsStillMigrated() throws SQLException {
        Path folder = temp.resolve("journal");
        Journal.open(folder, clock).close();
        // As an older Kith left it: the last script undone and forgotten.
        sql(folder, "drop index interaction_date_depth_idx");
        sql(folder, "create index interaction_date_idx on interaction (occurred_on)");
        sql(folder, "delete from \"flyway_schema_history\" where \"version\" = '" + SchemaVersion.LATEST + "'");

        Journal.open(folder, clock).close();

        assertThat(query(folder, "select count(*) from information_schema.indexes"
                + " where index_name = 'INTERACTION_DATE_DEPTH_IDX'")).isEqualTo(1);
        assertThat(query(folder, "select count(*) from \"flyway_schema_history\" where \"version\" = '"
                + SchemaVersion.LATEST + "' and \"success\"")).isEqualTo(1);
    }

    @Test
    void aFailedLastMigrationIsNotTakenForTheLatestVersion() throws SQLException {
        Path folder = temp.resolve("journal");
        Journal.open(folder, clock).close();
        sql(folder, "update \"flyway_schema_history\" set \"success\" = false where \"version\" = '"
                + SchemaVersion.LATEST + "'");

        try (Connection connection = connections(folder).connect()) {
            assertThat(SchemaVersion.isLatest(connection)).isFalse();
        }
    }

    private static JournalConnections connections(Path folder) {
        return new JournalConnections(folder.resolve(Database.FILE_NAME), null, JournalConnections.Access.WRITE);
    }

    private static void sql(Path folder, String statement) throws SQLException {
        try (Connection connection = connections(folder).connect(); Statement run = connection.createStatement()) {
            run.execute(statement);
        }
    }

    private static long query(Path folder, String count) throws SQLException {
        try (Connection connection = connections(folder).connect(); Statement run = connection.createStatement();
             ResultSet result = run.executeQuery(count)) {
            result.next();
            return result.getLong(1);
        }
    }
}
