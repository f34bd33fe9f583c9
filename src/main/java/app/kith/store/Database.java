package app.kith.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfoService;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.ResultQuery;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The journal's H2 file in a data folder: opened, migrated (after a backup) and closed cleanly.
 * Every method that can fail throws a {@link JournalException} with a sentence for a person.
 */
public final class Database implements AutoCloseable {

    /** The database file is {@code journal.mv.db} inside the data folder. */
    public static final String FILE_NAME = "journal";
    static final String BACKUP_FOLDER = "backups";

    /** Where Flyway finds the journal's migrations. */
    static final List<String> MIGRATIONS = List.of("classpath:db/migration");

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Path folder;
    private final JdbcConnectionPool pool;
    private final DSLContext dsl;
    private final Clock clock;
    private final ErrorSentences errors;
    private final String url;
    private final boolean readOnly;
    private volatile boolean closed;

    private Database(Path folder, String url, JdbcConnectionPool pool, Clock clock, boolean readOnly) {
        this.folder = folder;
        this.url = url;
        this.readOnly = readOnly;
        this.pool = pool;
        this.clock = clock;
        this.dsl = DSL.using(pool, SQLDialect.H2, new Settings().withExecuteLogging(false));
        this.errors = new ErrorSentences(folder, backupFolder());
    }

    /**
     * Opens (creating when needed) the journal in the folder and brings its schema up to date,
     * taking a backup first when an existing journal needs migrating.
     *
     * @throws JournalException when the journal is open elsewhere, damaged, or the folder unusable
     */
    public static Database open(Path folder, Clock clock) {
        return open(folder, clock, MIGRATIONS);
    }

    /** Opens with the given migration locations; tests add a later migration to see the backup taken. */
    static Database open(Path folder, Clock clock, List<String> migrations) {
        Path absolute = folder.toAbsolutePath().normalize();
        try {
            Files.createDirectories(absolute);
        } catch (IOException e) {
            throw new JournalException("Kith cannot create its data folder " + absolute + ": " + reason(e), e);
        }
        // WRITE_DELAY=0: every commit reaches the file before it returns, so a killed process loses nothing
        // acknowledged. FILE_LOCK=FILE lets a second process see that the journal is in use.
        String url = "jdbc:h2:file:" + absolute.resolve(FILE_NAME)
                + ";WRITE_DELAY=0;FILE_LOCK=FILE;DB_CLOSE_ON_EXIT=FALSE";
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "kith", "");
        pool.setMaxConnections(8);
        Database database = new Database(absolute, url, pool, clock, false);
        try {
            database.migrate(migrations);
            return database;
        } catch (RuntimeException e) {
            pool.dispose();
            throw e;
        }
    }

    /**
     * Opens the journal in the folder for reading only: the file is left byte for byte as it was (H2's
     * {@code ACCESS_MODE_DATA=r}; a read-write open rewrites the file when it closes even when nothing changed).
     * A journal written by an older Kith is first upgraded, after a backup, as any opening does, since an old schema
     * cannot be read; a folder without a journal is refused and nothing is created in it.
     *
     * @throws JournalException when there is no journal, or it is open elsewhere, damaged or unreadable
     */
    public static Database openForReading(Path folder, Clock clock) {
        return openForReading(folder, clock, MIGRATIONS);
    }

    static Database openForReading(Path folder, Clock clock, List<String> migrations) {
        Path absolute = folder.toAbsolutePath().normalize();
        if (!Files.isRegularFile(absolute.resolve(FILE_NAME + ".mv.db"))) {
            throw new JournalException("There is no Kith journal in " + absolute
                    + ": check the data folder, or start one with kith add or in Kith's window.");
        }
        Database reader = readOnly(absolute, clock);
        try {
            if (reader.isUpToDate(migrations)) {
                return reader;
            }
        } catch (JournalException e) {
            // A lock file left by a process that was killed keeps a read-only open out (it may not take the lock
            // over); the read-write open below takes it over, or says in words what is really wrong.
            LOG.info("Reading the journal in {} needs a read-write open first: {}", absolute, e.getMessage());
        }
        reader.close();
        open(absolute, clock, migrations).close();
        return readOnly(absolute, clock);
    }

    private static Database readOnly(Path absolute, Clock clock) {
        // IFEXISTS: never create a journal while reading; FILE_LOCK=FILE still tells a second process apart.
        String url = "jdbc:h2:file:" + absolute.resolve(FILE_NAME)
                + ";ACCESS_MODE_DATA=r;IFEXISTS=TRUE;FILE_LOCK=FILE;DB_CLOSE_ON_EXIT=FALSE";
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "kith", "");
        pool.setMaxConnections(8);
        return new Database(absolute, url, pool, clock, true);
    }

    /** True when opened for reading only: nothing may be written, not even what could be kept for later. */
    public boolean readOnly() {
        return readOnly;
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
        requireOpen();
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

    /** What is done with each row of {@link #eachRow}. */
    @FunctionalInterface
    interface RowReader {
        void read(ResultSet row) throws SQLException;
    }

    /**
     * Reads a query's rows straight from its JDBC result set, without building jOOQ records: for the
     * few large reads of a fresh process (every digest, every person), where building records took
     * most of the time (600 ms against 160 for the digests of a journal of 10,000 people).
     */
    void eachRow(Function<DSLContext, ResultQuery<?>> query, RowReader reader) {
        read(ctx -> {
            try (ResultSet rows = query.apply(ctx).fetchResultSet()) {
                while (rows.next()) {
                    reader.read(rows);
                }
                return null;
            } catch (SQLException e) {
                throw translate("Kith could not read the journal", e);
            }
        });
    }

    /** Runs read-only work. */
    public <T> T read(Function<DSLContext, T> work) {
        requireOpen();
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
        requireOpen();
        String stamp = LocalDateTime.now(clock).format(STAMP);
        Path target = backupFolder().resolve("journal-" + label + "-" + stamp + ".zip");
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
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (!readOnly) {
                execute("CHECKPOINT SYNC");
            }
        } catch (JournalException e) {
            // Closing after a failure: the pool is disposed below all the same.
        } finally {
            // When its last connection closes, H2 closes the file cleanly. (SHUTDOWN would close it under the
            // pool's feet, and every pooled connection's rollback on close would then leave a stack trace
            // in journal.trace.db beside the journal.)
            pool.dispose();
        }
    }

    /**
     * Closes the journal and rewrites its file compactly. After bulk work (a sample, a large import)
     * the file holds many stale pages, since H2 compacts only briefly on an ordinary close; this
     * takes seconds on a large journal, so it is for the end of such work only.
     */
    public void closeCompacted() {
        close();
        try (Connection connection = java.sql.DriverManager.getConnection(url, "kith", "");
             Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN COMPACT");
        } catch (SQLException e) {
            throw translate("Kith could not compact the journal", e);
        }
    }

    private void requireOpen() {
        if (closed) {
            throw new JournalException("The journal in " + folder + " has been closed.");
        }
    }

    private Flyway flyway(List<String> migrations) {
        return Flyway.configure()
                .dataSource(pool)
                .locations(migrations.toArray(String[]::new))
                .loggers("slf4j")
                .load();
    }

    /** True when every migration has been applied (asking writes nothing). */
    private boolean isUpToDate(List<String> migrations) {
        try {
            return flyway(migrations).info().pending().length == 0;
        } catch (FlywayException e) {
            throw translate("Kith could not open the journal", e);
        }
    }

    private void migrate(List<String> migrations) {
        Flyway flyway = flyway(migrations);
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
        return errors.translate(doing, error);
    }

    private static String reason(Throwable error) {
        return ErrorSentences.reason(error);
    }
}
