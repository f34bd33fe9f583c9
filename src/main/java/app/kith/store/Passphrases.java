package app.kith.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.time.Clock;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.h2.tools.ChangeFileEncryption;

/**
 * Sets, changes and removes a journal's passphrase. The journal is rewritten into a new file beside it (in a work
 * folder), that file is opened with the new key and its entries counted against the old, and only then does it
 * replace the journal, in one atomic rename: a failure or a kill at any moment leaves a journal that opens with
 * the old passphrase or with the new one, never neither.
 */
public final class Passphrases {

    /** Shorter passphrases fall to guessing even behind a slow derivation. */
    public static final int MIN_LENGTH = 8;

    static final String WORK_FOLDER = ".rekey";

    private Passphrases() {
    }

    /** Why Kith refuses a new passphrase, in a sentence, or null when it takes it. */
    public static String refusal(char[] passphrase) {
        if (passphrase == null || passphrase.length == 0) {
            return "Type a passphrase.";
        }
        if (passphrase.length < MIN_LENGTH) {
            return "A passphrase needs at least " + MIN_LENGTH + " characters; a few words are easy to remember"
                    + " and hard to guess.";
        }
        return null;
    }

    /**
     * Gives the journal in the folder a new passphrase, or none. The journal must not be open in this process
     * (a window closes it first); one open elsewhere is refused in words.
     *
     * @param current the key the journal opens with now, or null when it has no passphrase
     * @param next the new passphrase, or null to remove it
     * @return the key the journal opens with now: null when the passphrase was removed
     * @throws JournalException with a sentence when it cannot be done; the journal is then as it was
     */
    public static JournalKey change(Path folder, Clock clock, JournalKey current, char[] next) {
        return change(folder, clock, current, next, KeySalt::fresh);
    }

    /** @param freshSalt makes the salt when a passphrase is set on a journal without one */
    static JournalKey change(Path folder, Clock clock, JournalKey current, char[] next,
                             java.util.function.Supplier<KeySalt> freshSalt) {
        Path absolute = folder.toAbsolutePath().normalize();
        if (next == null && current == null) {
            throw new JournalException("The journal in " + absolute + " has no passphrase to remove.");
        }
        if (next != null && refusal(next) != null) {
            throw new JournalException(refusal(next));
        }
        KeySalt salt = next == null ? null : current != null ? current.salt() : freshSalt.get();
        JournalKey nextKey = next == null ? null : JournalKey.derive(next, salt);
        Path work = absolute.resolve(WORK_FOLDER);
        JournalFiles.deleteWorkFolder(work);
        try (Database journal = Database.open(absolute, clock, current)) {
            JournalCounts before = journal.counts();
            copyInto(journal, work);
            rekey(work, current, nextKey);
            verify(work, clock, nextKey, before);
            if (current == null) {
                salt.write(absolute);
            }
            journal.close();
            replace(work, absolute);
        } catch (IOException | SQLException e) {
            throw new JournalException("Kith could not " + (next == null ? "remove" : "change") + " the passphrase"
                    + " of the journal in " + absolute + ": " + ErrorSentences.reason(e) + ". The journal is as it was.",
                    e);
        } finally {
            JournalFiles.deleteWorkFolder(work);
        }
        if (nextKey == null) {
            try {
                Files.deleteIfExists(KeySalt.file(absolute));
            } catch (IOException e) {
                // A salt file beside a journal without a passphrase is never read.
            }
        }
        return nextKey;
    }

    /** A consistent copy of the open journal, as H2's online backup makes it, unpacked into the work folder. */
    private static void copyInto(Database journal, Path work) throws IOException {
        JournalFiles.createPrivateFolder(work);
        Path zip = work.resolve("journal.zip");
        journal.backupTo(zip);
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().equals(JournalFiles.JOURNAL)) {
                    Files.copy(in, JournalFiles.journal(work));
                }
            }
        }
        Files.delete(zip);
        if (!JournalFiles.exists(work)) {
            throw new IOException("the copy of the journal is incomplete");
        }
    }

    /** Rewrites the copy with the new key (H2's own tool, which decrypts and encrypts block by block). */
    private static void rekey(Path work, JournalKey current, JournalKey next) throws SQLException {
        ChangeFileEncryption.execute(work.toString(), Database.FILE_NAME, "AES",
                current == null ? null : current.filePassword(), next == null ? null : next.filePassword(), true);
    }

    /** The rewritten copy opens with the new key and holds what the journal holds. */
    private static void verify(Path work, Clock clock, JournalKey next, JournalCounts before) throws IOException {
        JournalCounts after;
        try (Database copy = Database.openForReading(work, clock, next)) {
            after = copy.counts();
        }
        if (!after.equals(before)) {
            throw new IOException("the rewritten journal does not read back whole");
        }
        Files.deleteIfExists(work.resolve(Database.FILE_NAME + ".lock.db"));
    }

    /** The one step that changes the journal: an atomic rename of the verified copy over it. */
    static void replace(Path work, Path folder) throws IOException {
        Path copy = JournalFiles.journal(work);
        JournalFiles.ownerOnly(copy);
        Durable.force(copy);
        Files.move(copy, JournalFiles.journal(folder), StandardCopyOption.ATOMIC_MOVE,
                StandardCopyOption.REPLACE_EXISTING);
        Durable.forceFolder(folder);
    }
}
