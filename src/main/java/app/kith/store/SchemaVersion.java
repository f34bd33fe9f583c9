package app.kith.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Whether a journal's schema is already at the last of Kith's migrations, asked with one query, so that opening an
 * up-to-date journal (nearly every opening) does not start Flyway, which scans the class path for the migrations and
 * validates each one: a good part of the window's start. Anything else (a new file, an older or newer schema, a
 * failed migration) is Flyway's to handle, as before.
 */
final class SchemaVersion {

    /** The version of the last script in {@code db/migration}; {@code SchemaVersionTest} checks it against the files. */
    static final String LATEST = "5";

    private static final String LAST_APPLIED = "select \"version\", \"success\" from \"flyway_schema_history\""
            + " order by \"installed_rank\" desc fetch first row only";

    private SchemaVersion() {
    }

    /** True when the last migration applied to the journal is {@link #LATEST} and it succeeded. */
    static boolean isLatest(Connection connection) {
        try (Statement statement = connection.createStatement(); ResultSet last = statement.executeQuery(LAST_APPLIED)) {
            return last.next() && LATEST.equals(last.getString(1)) && last.getBoolean(2);
        } catch (SQLException noHistoryOrUnreadable) {
            // A new journal has no history yet; a damaged one is for Flyway to report in its own words.
            return false;
        }
    }
}
