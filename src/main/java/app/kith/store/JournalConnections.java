package app.kith.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.jdbcx.JdbcDataSource;

/**
 * How Kith connects to a journal's H2 file: always embedded (a {@code file:} URL, never a server, never
 * AUTO_SERVER), never leaving a {@code journal.trace.db} beside it, encrypted with the journal's key when it has
 * one (the key goes to H2 as characters, never as a String).
 */
final class JournalConnections {

    /** What a connection may do to the file. */
    enum Access {
        /**
         * Reading and writing. WRITE_DELAY=0: every commit reaches the file before it returns, so a killed process
         * loses nothing acknowledged. FILE_LOCK=FS: the system's lock on the journal's file tells a second process
         * that the journal is in use, and the system lets it go when a process dies, so that the next start does not
         * wait (as H2 does for a lock file, FILE_LOCK=FILE, left by a killed process) to see whether it is still kept.
         */
        WRITE(";WRITE_DELAY=0;FILE_LOCK=FS"),
        /** Reading only, the file left byte for byte (a read-write open rewrites it on close); never creating one. */
        READ(";ACCESS_MODE_DATA=r;IFEXISTS=TRUE;FILE_LOCK=FS"),
        /** Reading a journal on a medium that cannot be written: not even a lock file can be made there. */
        READ_UNLOCKED(";ACCESS_MODE_DATA=r;IFEXISTS=TRUE;FILE_LOCK=NO");

        private final String settings;

        Access(String settings) {
            this.settings = settings;
        }
    }

    static final String USER = "kith";
    private static final int MAX_CONNECTIONS = 8;

    private final JdbcDataSource source = new JdbcDataSource();
    private final String url;

    /**
     * @param file the journal's file without its {@code .mv.db}
     * @param key the journal's key, or null for a journal without a passphrase
     */
    JournalConnections(Path file, JournalKey key, Access access) {
        boolean encrypted = Files.exists(Path.of(file + ".mv.db")) ? JournalFiles.isEncrypted(Path.of(file + ".mv.db"))
                : key != null;
        this.url = "jdbc:h2:file:" + file + access.settings + ";TRACE_LEVEL_FILE=0;DB_CLOSE_ON_EXIT=FALSE"
                + (encrypted ? ";CIPHER=AES" : "");
        source.setURL(url);
        source.setUser(USER);
        source.setPasswordChars(encrypted && key != null ? key.connectionPassword() : new char[0]);
    }

    /** For the architecture's promise (embedded only) and the tests that check it. */
    String url() {
        return url;
    }

    JdbcConnectionPool pool() {
        JdbcConnectionPool pool = JdbcConnectionPool.create(source);
        pool.setMaxConnections(MAX_CONNECTIONS);
        return pool;
    }

    /** A connection outside the pool, e.g. to compact the file after the pool has closed it. */
    Connection connect() throws SQLException {
        return source.getConnection();
    }
}
