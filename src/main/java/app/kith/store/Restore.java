package app.kith.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Objects;
import java.util.function.Supplier;
import org.h2.tools.ChangeFileEncryption;

/**
 * Brings a backup back as the journal, in two steps so that the caller can keep the journal as it is first: {@link
 * #prepare} reads the backup into a work folder beside the journal, upgrades it as an upgrade would (a backup of an
 * older Kith), gives it the journal's passphrase (or none), and checks that it opens and what it holds;
 * {@link #replaceJournal} then puts it in the journal's place with one atomic rename. A kill at any moment leaves
 * either the journal as it was or the restored one, each opening with the journal's passphrase.
 */
public final class Restore {

    static final String WORK_FOLDER = ".restore";

    private final Path folder;
    private final Path work;
    private final BackupFile restored;

    private Restore(Path folder, Path work, BackupFile restored) {
        this.folder = folder;
        this.work = work;
        this.restored = restored;
    }

    /**
     * Reads the backup, ready to replace the journal in the folder; nothing in the journal changes yet.
     *
     * @param current the key the journal opens with now (null when it has no passphrase)
     * @param backupPassphrase asked for only when the backup is locked with a passphrase the journal no longer has
     * @throws PassphraseNeeded when the backup needs a passphrase and none was given
     * @throws WrongPassphrase when the passphrase given does not open the backup
     * @throws JournalException when the file is not a Kith backup, or cannot be read
     */
    public static Restore prepare(Path folder, Clock clock, JournalKey current, Path backup,
                                  Supplier<char[]> backupPassphrase) {
        Path absolute = folder.toAbsolutePath().normalize();
        Path source = backup.toAbsolutePath().normalize();
        BackupFile described = describe(source);
        Path work = absolute.resolve(WORK_FOLDER);
        JournalFiles.deleteWorkFolder(work);
        try {
            JournalFiles.createPrivateFolder(work);
            BackupZip.extract(source, JournalFiles.JOURNAL, JournalFiles.journal(work));
            if (!BackupZip.extract(source, KeySalt.FILE_NAME, KeySalt.file(work))
                    && Files.isRegularFile(KeySalt.file(absolute))) {
                // A backup without its own salt was taken here: the folder's is the one.
                Files.copy(KeySalt.file(absolute), KeySalt.file(work));
            }
            JournalKey key = keyOf(work, source, current, backupPassphrase);
            JournalCounts counts;
            // Opened read-write: a backup of an older Kith is upgraded here, as the journal would have been.
            try (Database copy = Database.open(work, clock, key)) {
                counts = copy.counts();
            }
            if (key != current) {
                ChangeFileEncryption.execute(work.toString(), Database.FILE_NAME, "AES",
                        key == null ? null : key.filePassword(), current == null ? null : current.filePassword(), true);
                if (!Backups.countWithoutMigrating(work, current).equals(counts)) {
                    throw new IOException("the backup did not read back whole");
                }
            }
            return new Restore(absolute, work, new BackupFile(source, described.takenAt(), described.label(), counts,
                    described.encrypted()));
        } catch (IOException | SQLException e) {
            JournalFiles.deleteWorkFolder(work);
            throw new JournalException("Kith could not read the backup " + source + ": " + ErrorSentences.reason(e)
                    + ". The journal is as it was.", e);
        } catch (RuntimeException e) {
            JournalFiles.deleteWorkFolder(work);
            throw e;
        }
    }

    /** What a restore did: the backup brought back, and the backup that keeps the journal as it was before. */
    public record Restored(BackupFile backup, BackupFile keptBefore) {
    }

    /**
     * Restores the backup as the open journal's content: reads and checks it, backs the journal up as it is
     * ("before-restore"), closes the journal, and puts the backup in its place. The caller opens the journal again
     * (with the same key: the restored journal has the journal's passphrase).
     *
     * @throws JournalException when any step fails; the journal is then as it was (and still open)
     */
    public static Restored replace(Journal journal, Clock clock, Path backup, Supplier<char[]> backupPassphrase) {
        Database database = journal.database();
        Restore restore = prepare(database.folder(), clock, database.key(), backup, backupPassphrase);
        BackupFile kept;
        try {
            kept = journal.backups().backUp("before-restore");
        } catch (RuntimeException e) {
            restore.discard();
            throw e;
        }
        journal.close();
        restore.replaceJournal();
        return new Restored(restore.backup(), kept);
    }

    /** The backup: when it was taken and what it holds (counted after any upgrade). */
    public BackupFile backup() {
        return restored;
    }

    /**
     * Puts the restored journal in the journal's place. The journal must be closed (and, for a restore a person
     * can undo, backed up) first.
     *
     * @throws JournalException when the file cannot be moved; the journal is then as it was
     */
    public void replaceJournal() {
        try {
            Passphrases.replace(work, folder);
        } catch (IOException e) {
            throw new JournalException("Kith could not put the backup in the journal's place in " + folder + ": "
                    + ErrorSentences.reason(e) + ". The journal is as it was.", e);
        } finally {
            JournalFiles.deleteWorkFolder(work);
        }
    }

    /** Gives up the restore: the work folder goes, the journal stays as it is. */
    public void discard() {
        JournalFiles.deleteWorkFolder(work);
    }

    /**
     * What the backup file says of itself, checked before anything is opened.
     *
     * @throws JournalException when there is no such file, or it is not a Kith backup
     */
    public static BackupFile describe(Path source) {
        if (!Files.isRegularFile(source)) {
            throw new JournalException("There is no backup " + source + ".");
        }
        try {
            return BackupZip.describe(source, "restored");
        } catch (IOException e) {
            throw new JournalException(source + " is not a Kith backup: " + e.getMessage() + ".", e);
        }
    }

    /**
     * The key the backup opens with: the journal's when it has the same passphrase and salt, else one made from
     * the passphrase asked for and the backup's own salt.
     */
    private static JournalKey keyOf(Path work, Path source, JournalKey current, Supplier<char[]> backupPassphrase)
            throws SQLException {
        if (!JournalFiles.isLocked(work)) {
            return null;
        }
        KeySalt salt = KeySalt.read(work);
        if (current != null && current.salt().equals(salt) && opens(work, current)) {
            return current;
        }
        char[] passphrase = backupPassphrase.get();
        if (passphrase == null) {
            throw new PassphraseNeeded("The backup " + source + " is locked with a passphrase the journal no longer"
                    + " has: Kith needs that passphrase to restore it.");
        }
        JournalKey key = JournalKey.derive(passphrase, salt);
        java.util.Arrays.fill(passphrase, '\0');
        if (!opens(work, key)) {
            throw new WrongPassphrase("That passphrase does not open the backup " + source + "; the journal is"
                    + " unchanged. Check the passphrase and try again.", null);
        }
        return key;
    }

    private static boolean opens(Path work, JournalKey key) throws SQLException {
        try {
            Backups.countWithoutMigrating(work, key);
            return true;
        } catch (SQLException e) {
            if (e.getErrorCode() == org.h2.api.ErrorCode.FILE_ENCRYPTION_ERROR_1) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public String toString() {
        return "Restore[" + Objects.toString(restored.file()) + "]";
    }
}
