package app.kith.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfoService;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.ResultQuery;
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

    /** Where Flyway finds the journal's migrations. */
    static final List<String> MIGRATIONS = List.of("classpath:db/migration");


    private final Path folder;
    /** Replaced when H2 closed the file under Kith after a failed write (a full disk): see {@link #reconnect}. */
    private volatile JdbcConnectionPool pool;
    private volatile DSLContext dsl;
    private final Clock clock;
    private final ErrorSentences errors;
    private final JournalConnections connections;
    private final JournalKey key;
    private final boolean readOnly;
    private volatile boolean closed;

    private Database(Path folder, JournalConnections connections, JournalKey key, Clock clock, boolean readOnly) {
        this.folder = folder;
        this.connections = connections;
        this.key = key;
        this.readOnly = readOnly;
        this.pool = connections.pool();
        this.clock = clock;
        this.dsl = DSL.using(pool, SQLDialect.H2, new Settings().withExecuteLogging(false));
        this.errors = new ErrorSentences(folder, backupFolder());
    }

    /**
     * Opens (creating when needed) the journal in the folder and brings its schema up to date,
     * taking a backup first when an existing journal needs migrating.
     *
     * @throws JournalException when the journal is open elsewhere, damaged, or the folder unusable
     * @throws PassphraseNeeded when the journal is locked with a passphrase
     */
    public static Database open(Path folder, Clock clock) {
        return open(folder, clock, null);
    }

    /**
     * {@link #open(Path, Clock)} with the journal's key (null for a journal without a passphrase; a key given for
     * one without is not needed and not used).
     *
     * @throws WrongPassphrase when the key does not open the journal; its file is left as it was
     */
    public static Database open(Path folder, Clock clock, JournalKey key) {
        return open(folder, clock, key, MIGRATIONS);
    }

    /** Opens with the given migration locations; tests add a later migration to see the backup taken. */
    static Database open(Path folder, Clock clock, JournalKey key, List<String> migrations) {
        Path absolute = folder.toAbsolutePath().normalize();
        try {
            JournalFiles.createPrivateFolder(absolute);
        } catch (IOException e) {
            throw cannotCreate(absolute, e);
        }
        requireKeyWhenLocked(absolute, key);
        if (onReadOnlyMedium(absolute)) {
            throw new JournalException("The journal in " + absolute + " is on a disk Kith cannot write to: it can be"
                    + " read and exported, not changed.");
        }
        // A lock file left by a killed Kith of an earlier build (FILE_LOCK=FILE) would stop readers: it goes unless kept.
        JournalFiles.removeLeftoverLock(absolute);
        Database database = connect(absolute, key, clock, JournalConnections.Access.WRITE);
        try {
            database.migrate(migrations);
            JournalFiles.ownerOnly(JournalFiles.journal(absolute));
            // What a passphrase change or a restore killed half-way left: this process now holds the journal.
            JournalFiles.deleteWorkFolder(absolute.resolve(Passphrases.WORK_FOLDER));
            JournalFiles.deleteWorkFolder(absolute.resolve(Restore.WORK_FOLDER));
            return database;
        } catch (IOException e) {
            database.close();
            throw new JournalException("Kith could not keep the journal in " + absolute + " private to you: "
                    + reason(e), e);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /**
     * Opens the journal in the folder for reading only: the file is left byte for byte as it was (H2's
     * {@code ACCESS_MODE_DATA=r}; a read-write open rewrites the file when it closes even when nothing changed).
     * A journal written by an older Kith is first upgraded, after a backup, as any opening does, since an old schema
     * cannot be read; a folder without a journal is refused and nothing is created in it. A journal on a medium
     * that cannot be written (a read-only disk) opens without a lock file.
     *
     * @throws JournalException when there is no journal, or it is open elsewhere, damaged or unreadable
     */
    public static Database openForReading(Path folder, Clock clock) {
        return openForReading(folder, clock, null);
    }

    /** {@link #openForReading(Path, Clock)} with the journal's key (null for a journal without a passphrase). */
    public static Database openForReading(Path folder, Clock clock, JournalKey key) {
        return openForReading(folder, clock, key, MIGRATIONS);
    }

    /**
     * For what only makes sense on a journal that is there (reading it, changing its passphrase): a folder without
     * one, a mistyped one, is said, and nothing is created.
     *
     * @throws JournalException when the folder holds no journal, or is a file
     */
    public static void requireJournal(Path folder) {
        Path absolute = folder.toAbsolutePath().normalize();
        if (Files.isRegularFile(absolute)) {
            throw new JournalException("Kith cannot use " + absolute + " as its data folder: it is a file, not a"
                    + " folder.");
        }
        if (!JournalFiles.exists(absolute)) {
            throw new JournalException("There is no Kith journal in " + absolute
                    + ": check the data folder, or start one with kith add or in Kith's window.");
        }
    }

    static Database openForReading(Path folder, Clock clock, JournalKey key, List<String> migrations) {
        Path absolute = folder.toAbsolutePath().normalize();
        requireJournal(absolute);
        requireKeyWhenLocked(absolute, key);
        Database reader = readOnly(absolute, key, clock);
        boolean upToDate;
        try {
            upToDate = reader.isUpToDate(migrations);
        } catch (RuntimeException e) {
            reader.close();
            throw e;
        }
        if (upToDate) {
            return reader;
        }
        reader.close();
        open(absolute, clock, key, migrations).close();
        return readOnly(absolute, key, clock);
    }

    /** True when the journal sits where it cannot be written: a read-only disk, or a folder that is not ours. */
    public static boolean onReadOnlyMedium(Path folder) {
        Path absolute = folder.toAbsolutePath().normalize();
        return JournalFiles.exists(absolute)
                && (!Files.isWritable(absolute) || !Files.isWritable(JournalFiles.journal(absolute)));
    }

    private static Database readOnly(Path absolute, JournalKey key, Clock clock) {
        if (onReadOnlyMedium(absolute)) {
            return connect(absolute, key, clock, JournalConnections.Access.READ_UNLOCKED);
        }
        try {
            return connect(absolute, key, clock, JournalConnections.Access.READ);
        } catch (JournalException inUse) {
            // A killed Kith of an earlier build (FILE_LOCK=FILE) left its lock file behind, and H2 refuses a reader
            // while there is one. The file's own lock, which the system lets go when a process dies, says whether anyone
            // still has the journal open: when no one has, the leftover lock goes and the reader tries again.
            if (!isInUse(inUse) || !JournalFiles.removeLeftoverLock(absolute)) {
                throw inUse;
            }
            return connect(absolute, key, clock, JournalConnections.Access.READ);
        }
    }

    private static boolean isInUse(JournalException error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
                return true;
            }
        }
        return false;
    }

    /** Connects once, so that a wrong passphrase, a journal in use or a damaged file is said before anything else. */
    private static Database connect(Path absolute, JournalKey key, Clock clock, JournalConnections.Access access) {
        JournalConnections connections = new JournalConnections(absolute.resolve(FILE_NAME), key, access);
        Database database = new Database(absolute, connections, key, clock, access != JournalConnections.Access.WRITE);
        try (Connection first = database.pool.getConnection()) {
            return database;
        } catch (SQLException e) {
            database.pool.dispose();
            if (key != null && e.getErrorCode() == ErrorCode.FILE_ENCRYPTION_ERROR_1
                    && JournalFiles.isLocked(absolute)) {
                throw new WrongPassphrase("That passphrase does not open the journal in " + absolute
                        + "; the journal is unchanged. Check the passphrase and try again.", e);
            }
            throw database.translate("Kith could not open the journal", e);
        }
    }

    private static void requireKeyWhenLocked(Path absolute, JournalKey key) {
        if (key == null && JournalFiles.isLocked(absolute)) {
            throw new PassphraseNeeded("The journal in " + absolute + " is locked with a passphrase.");
        }
    }

    /** The key this journal was opened with, or null when it has no passphrase. */
    JournalKey key() {
        return key;
    }

    /** How connections to this journal are made (its URL), for the checks that it is embedded only. */
    JournalConnections connections() {
        return connections;
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
        try {
            return pool.getConnection();
        } catch (SQLException e) {
            if (!reconnect(e)) {
                throw e;
            }
            return pool.getConnection();
        }
    }

    /** Runs the work in one transaction and returns its result; a failure rolls everything back. */
    public <T> T transaction(Function<DSLContext, T> work) {
        requireOpen();
        try {
            return dsl.transactionResult(configuration -> work.apply(configuration.dsl()));
        } catch (DataAccessException e) {
            JournalException said = translate("Kith could not save to the journal", e);
            reconnect(e);
            throw said;
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
            if (!reconnect(e)) {
                throw translate("Kith could not read the journal", e);
            }
        }
        try {
            return work.apply(dsl);
        } catch (DataAccessException e) {
            throw translate("Kith could not read the journal", e);
        }
    }

    /**
     * When a write fails for lack of space, H2 closes the file (what was committed stays whole on disk) and every
     * later call would be told the journal is closed. Kith opens it again at once, so that the window reads on and
     * the next write can succeed once there is room.
     *
     * @return true when the journal was opened again
     */
    private synchronized boolean reconnect(Throwable error) {
        if (closed || !closedByH2(error)) {
            return false;
        }
        JdbcConnectionPool broken = pool;
        pool = connections.pool();
        dsl = DSL.using(pool, SQLDialect.H2, new Settings().withExecuteLogging(false));
        broken.dispose();
        return true;
    }

    private static boolean closedByH2(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && (sql.getErrorCode() == ErrorCode.DATABASE_IS_CLOSED
                    || sql.getErrorCode() == ErrorCode.DATABASE_CALLED_AT_SHUTDOWN)) {
                return true;
            }
        }
        return false;
    }

    /** How many people, conversations, favours and follow-ups the journal holds. */
    JournalCounts counts() {
        return read(ctx -> new JournalCounts(
                ctx.fetchCount(app.kith.store.schema.Tables.PERSON),
                ctx.fetchCount(app.kith.store.schema.Tables.INTERACTION),
                ctx.fetchCount(app.kith.store.schema.Tables.FAVOUR),
                ctx.fetchCount(app.kith.store.schema.Tables.FOLLOW_UP)));
    }

    /**
     * Writes a consistent copy of the open journal (H2's online BACKUP: a zip holding the file as it is on disk,
     * so still encrypted when the journal is) to the given file.
     */
    void backupTo(Path zip) {
        requireOpen();
        execute("BACKUP TO '" + zip.toString().replace("'", "''") + "'");
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
        try (Connection connection = connections.connect(); Statement statement = connection.createStatement()) {
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
        if (atLatestVersion(migrations)) {
            return true;
        }
        try {
            return flyway(migrations).info().pending().length == 0;
        } catch (FlywayException e) {
            throw translate("Kith could not open the journal", e);
        }
    }

    private void migrate(List<String> migrations) {
        if (atLatestVersion(migrations)) {
            return;
        }
        Flyway flyway = flyway(migrations);
        try {
            MigrationInfoService info = flyway.info();
            if (info.applied().length > 0 && info.pending().length > 0) {
                new Backups(this, clock).backUp("before-migration");
            }
            flyway.migrate();
        } catch (FlywayException e) {
            throw translate("Kith could not open the journal", e);
        }
    }

    /** True when Kith's own migrations are all applied already, asked without Flyway (see {@link SchemaVersion}). */
    private boolean atLatestVersion(List<String> migrations) {
        if (!migrations.equals(MIGRATIONS)) {
            return false;
        }
        try (Connection connection = pool.getConnection()) {
            return SchemaVersion.isLatest(connection);
        } catch (SQLException e) {
            return false;
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

    /** A folder that cannot be made: a file in the way is named, since the system only says "Not a directory". */
    private static JournalException cannotCreate(Path folder, IOException error) {
        for (Path part = folder; part != null; part = part.getParent()) {
            if (Files.isRegularFile(part)) {
                return new JournalException("Kith cannot use " + folder + " as its data folder: " + part
                        + " is a file, not a folder.", error);
            }
        }
        return new JournalException("Kith cannot create its data folder " + folder + ": " + reason(error), error);
    }

    private static String reason(Throwable error) {
        return ErrorSentences.reason(error);
    }
}
