package app.kith.exchange;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes an export so that it appears whole or not at all: into a temporary file beside the target, forced to
 * disk, then moved into place. A failed or stopped export leaves no file behind (and an existing one as it was).
 */
public final class WholeFile {

    /** Writes the export's content into the file it is given. */
    @FunctionalInterface
    public interface Content<T> {
        T writeTo(Path file) throws IOException;
    }

    private WholeFile() {
    }

    /**
     * @param replace whether an existing file may be replaced
     * @return what the content returned (counts, typically)
     * @throws ExchangeException with a sentence when the file cannot be written
     */
    public static <T> T write(Path file, boolean replace, Content<T> content) {
        Path target = file.toAbsolutePath().normalize();
        Path folder = target.getParent();
        if (!replace && Files.exists(target)) {
            throw new ExchangeException(target + " already exists.");
        }
        if (folder == null || !Files.isDirectory(folder)) {
            throw new ExchangeException("Kith could not write " + target + ": the folder " + folder
                    + " does not exist.");
        }
        Path temporary;
        try {
            temporary = Files.createTempFile(folder, "." + target.getFileName() + ".", ".part");
        } catch (IOException e) {
            throw ExchangeException.of("Kith could not write into the folder", folder, e);
        }
        try {
            T written = content.writeTo(temporary);
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            if (replace) {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } else {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            }
            return written;
        } catch (IOException e) {
            throw ExchangeException.of("Kith could not write", target, e);
        } finally {
            deleteQuietly(temporary);
        }
    }

    private static void deleteQuietly(Path temporary) {
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException e) {
            // A leftover hidden .part file is harmless; the export's own outcome matters more.
        }
    }
}
