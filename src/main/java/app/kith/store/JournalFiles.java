package app.kith.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The files of a journal in its data folder, and the rule that keeps them private: on POSIX systems the folder
 * and every folder Kith makes in it are the owner's only (0700), and every file Kith writes there too (0600).
 */
public final class JournalFiles {

    /** The H2 file: {@code journal.mv.db}. */
    public static final String JOURNAL = Database.FILE_NAME + ".mv.db";

    /** What an H2 file encrypted with CIPHER=AES begins with. */
    private static final byte[] ENCRYPTED_HEADER = "H2encrypt\n".getBytes(StandardCharsets.US_ASCII);
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    private static final Set<PosixFilePermission> OWNER_FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");

    private JournalFiles() {
    }

    /** The journal's file in the folder. */
    public static Path journal(Path folder) {
        return folder.resolve(JOURNAL);
    }

    /** True when the folder holds a journal. */
    public static boolean exists(Path folder) {
        return Files.isRegularFile(journal(folder));
    }

    /** True when the folder's journal is encrypted: it opens only with its passphrase. */
    public static boolean isLocked(Path folder) {
        return isEncrypted(journal(folder));
    }

    /** True when the H2 file is encrypted (its first bytes say so). */
    static boolean isEncrypted(Path file) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            return startsEncrypted(in);
        } catch (IOException e) {
            return false;
        }
    }

    /** True when the H2 file read from the stream is encrypted. */
    static boolean startsEncrypted(InputStream in) throws IOException {
        return Arrays.equals(in.readNBytes(ENCRYPTED_HEADER.length), ENCRYPTED_HEADER);
    }

    /**
     * Deletes the lock file a killed process left beside the journal, when no process has the journal open (a
     * process that has it holds the system's lock on the journal's file, let go when it dies).
     *
     * @return true when a leftover lock was deleted
     */
    static boolean removeLeftoverLock(Path folder) {
        Path lock = folder.resolve(Database.FILE_NAME + ".lock.db");
        if (!Files.exists(lock)) {
            return false;
        }
        try (java.nio.channels.FileChannel file = java.nio.channels.FileChannel.open(journal(folder),
                java.nio.file.StandardOpenOption.READ)) {
            java.nio.channels.FileLock shared = file.tryLock(0, Long.MAX_VALUE, true);
            if (shared == null) {
                return false;
            }
            shared.release();
            Files.deleteIfExists(lock);
            return true;
        } catch (IOException | java.nio.channels.OverlappingFileLockException e) {
            return false;
        }
    }

    /**
     * Makes the folder (and its missing parents) and keeps it the owner's only. A folder that is there already is
     * tightened where the system lets Kith (not on a read-only disk, which is said when something is written).
     */
    public static void createPrivateFolder(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            ownerOnlyQuietly(folder);
            return;
        }
        Files.createDirectories(folder);
        ownerOnly(folder);
    }

    /** Keeps a file or folder that Kith wrote the owner's only; nothing on a system without POSIX permissions. */
    public static void ownerOnly(Path path) throws IOException {
        if (POSIX && Files.exists(path)) {
            Files.setPosixFilePermissions(path, Files.isDirectory(path) ? OWNER_FOLDER : OWNER_FILE);
        }
    }

    /** {@link #ownerOnly}, for places where a failure only means the old, looser permissions stay. */
    static void ownerOnlyQuietly(Path path) {
        try {
            ownerOnly(path);
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            // A file system that keeps no permissions (a FAT stick): nothing to tighten.
        }
    }

    /** Deletes a folder Kith made for its own work, and everything in it; quietly, it is only a leftover. */
    static void deleteWorkFolder(Path folder) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    // Left for the next time: a work folder is never read back.
                }
            });
        } catch (IOException e) {
            // As above.
        }
    }
}
