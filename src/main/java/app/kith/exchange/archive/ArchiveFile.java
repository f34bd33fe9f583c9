package app.kith.exchange.archive;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An archive that can be read more than once: it is checked in one pass and written in another, so that
 * its entries never need to be held in memory all at once.
 */
interface ArchiveFile {

    /** A new stream from the archive's first byte; the caller closes it. */
    InputStream open() throws IOException;

    /** Its size in bytes, for the progress of the first reading. */
    long size() throws IOException;

    static ArchiveFile of(Path file) {
        return new ArchiveFile() {
            @Override
            public InputStream open() throws IOException {
                return new BufferedInputStream(Files.newInputStream(file), 1 << 16);
            }

            @Override
            public long size() throws IOException {
                return Files.size(file);
            }
        };
    }

    static ArchiveFile of(byte[] bytes) {
        return new ArchiveFile() {
            @Override
            public InputStream open() {
                return new ByteArrayInputStream(bytes);
            }

            @Override
            public long size() {
                return bytes.length;
            }
        };
    }
}
