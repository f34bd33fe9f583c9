package app.kith.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;
import java.util.function.Function;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfoService;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/**
 * The journal's H2 file in a data folder: opened, migrated (after a backup) and closed cleanly.
 * Every method that can fail throws a {@link JournalException} with a sentence for a person.
 */
public final class Database implements AutoCloseable {

    /** The database file is {@code journal.mv.db} inside the data folder. */
    public static final String FILE_NAME = "journal";
    static final String BACKUP_FOLDER = "backups";

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Path folder;
    private final JdbcConnectionPool pool;
    private final DSLContext dsl;
    private final Clock clock;

    private Database(Path folder, JdbcConnectionPool pool, Clock clock) {
        this.folder = folder;
        this.pool = pool;
        this.clock = clock;
        this.dsl = DSL.using(pool, SQLDialect.H2, new Settings().withExecuteLogging(false));
    }

    /**
     * Opens (creating when needed) the journal in the folder and brings its schema up to date,
     * taking a backup first when an existing journal needs migrating.
     *
     * @throws JournalException when the journal is open elsewhere, damaged, or the folder unusable
     */
    public static Database open(Path folder, Clock clock) {
        Path absolute = folder.toAbsolutePath().normalize();
        try {
            Files.createDirectories(absolute);
        } catch (IOException e) {
            throw new JournalException("Kith cannot create its data folder " + absolute + ": " + reason(e), e);
        }
        // WRITE_DELAY=0: every commit reaches the file before it returns, so a killed process loses nothing
        // acknowledged. FILE_LOCK=FILE lets a second process see that the journal is in use.
        // NON_KEYWORDS=VALUE: V1 names a column "value", a keyword since H2 2.x; without it V1 does not run.
        String url = "jdbc:h2:file:" + absolute.resolve(FILE_NAME)
                + ";WRITE_DELAY=0;FILE_LOCK=FILE;DB_CLOSE_ON_EXIT=FALSE;NON_KEYWORDS=VALUE";
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "kith", "");
        pool.setMaxConnections(8);
        Database database = new Database(absolute, pool, clock);
        try {
            database.migrate();
            return database;
        } catch (RuntimeException e) {
            pool.dispose();
            throw e;
        }
    }

    /** The data folder this journal lives in. */
    public Path folder() {
        return folder;
    }

    /** Where backups are written: {@code backups/} inside the data folder. */
    public Path backupFolder() {
        return folder.resolve(BACKUP_FOLDER);
    }

    /** The jOOQ context for repositories; nothing outside {@code store} sees it. */
    DSLContext dsl() {
        return dsl;
    }

    /** A pooled connection for plain JDBC bulk work ({@link BulkWriter}); the caller closes it. */
    Connection connection() throws SQLException {
        return pool.getConnection();
    }

    /** Runs the work in one transaction and returns its result; a failure rolls everything back. */
    public <T> T transaction(Function<DSLContext, T> work) {
        try {
            return dsl.transactionResult(configuration -> work.apply(configuration.dsl()));
        } catch (DataAccessException e) {
            throw translate("Kith could not save to the journal", e);
        }
    }

    /** Runs the work in one transaction. */
    public void transact(Consumer<DSLContext> work) {
        transaction(ctx -> {
            work.accept(ctx);
            return null;
        });
    }

    /** Runs read-only work. */
    public <T> T read(Function<DSLContext, T> work) {
        try {
            return work.apply(dsl);
        } catch (DataAccessException e) {
            throw translate("Kith could not read the journal", e);
        }
    }

    /**
     * Writes a consistent copy of the open journal into the backup folder.
     *
     * @param label a word for the file name, e.g. {@code "manual"} or {@code "before-migration"}
     * @return the backup file
     */
    public Path backup(String label) {
        Path target = backupFolder().resolve("journal-" + label + "-" + LocalDateTime.now(clock).format(STAMP) + ".zip");
        try {
            Files.createDirectories(target.getParent());
            Files.deleteIfExists(target);
            execute("BACKUP TO '" + target.toString().replace("'", "''") + "'");
            return target;
        } catch (IOException e) {
            throw new JournalException("Kith could not write a backup to " + target.getParent() + ": " + reason(e), e);
        }
    }

    /** Forces everything to disk and closes the file; safe to call twice. */
    @Override
    public void close() {
        try {
            execute("CHECKPOINT SYNC");
            execute("SHUTDOWN");
        } catch (JournalException e) {
            // Closing after a failure: the pool is disposed below all the same.
        } finally {
            pool.dispose();
        }
    }

    private void migrate() {
        Flyway flyway = Flyway.configure()
                .dataSource(pool)
                .locations("classpath:db/migration")
                .loggers("slf4j")
                .load();
        try {
            MigrationInfoService info = flyway.info();
            if (info.applied().length > 0 && info.pending().length > 0) {
                backup("before-migration");
            }
            flyway.migrate();
        } catch (FlywayException e) {
            throw translate("Kith could not open the journal", e);
        }
    }

    private void execute(String sql) {
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw translate("Kith could not use the journal", e);
        }
    }

    /** Turns H2's errors into sentences a person understands. */
    JournalException translate(String doing, Throwable error) {
        SQLException sql = findSqlException(error);
        int code = sql == null ? 0 : sql.getErrorCode();
        return switch (code) {
            case org.h2.api.ErrorCode.DATABASE_ALREADY_OPEN_1 -> new JournalException(
                    "The journal in " + folder + " is already open in another Kith window or command. "
                            + "Close it there and try again.", error);
            case org.h2.api.ErrorCode.FILE_CORRUPTED_1, org.h2.api.ErrorCode.FILE_ENCRYPTION_ERROR_1 ->
                    new JournalException("The journal file in " + folder + " is damaged or encrypted with another "
                            + "passphrase and cannot be opened. Backups are in " + backupFolder() + ".", error);
            case org.h2.api.ErrorCode.DATABASE_IS_READ_ONLY, org.h2.api.ErrorCode.IO_EXCEPTION_1,
                    org.h2.api.ErrorCode.IO_EXCEPTION_2 -> new JournalException(
                    doing + ": the file in " + folder + " cannot be written (is the disk full or read-only?).", error);
            default -> new JournalException(doing + " in " + folder + ": " + reason(error), error);
        };
    }

    private static SQLException findSqlException(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql;
            }
        }
        return null;
    }

    /** The first line of the innermost message: enough to act on, without a stack trace. */
    static String reason(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
