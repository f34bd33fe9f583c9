package app.kith.exchange.archive;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Counts the bytes read from a file, tells the progress every {@value #REPORT_BYTES} of them, and stops when asked. */
final class CountingInput extends FilterInputStream {

    private static final long REPORT_BYTES = 1 << 18;

    private final ArchiveProgress progress;
    private final long size;
    private long read;
    private long nextReport = REPORT_BYTES;

    CountingInput(InputStream in, long size, ArchiveProgress progress) {
        super(in);
        this.size = size;
        this.progress = progress;
        progress.update(ArchiveProgress.Step.READING, 0, size);
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            counted(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            counted(n);
        }
        return n;
    }

    private void counted(int bytes) {
        read += bytes;
        if (read >= nextReport) {
            nextReport = read + REPORT_BYTES;
            if (progress.stopRequested()) {
                throw ArchiveStopped.importing();
            }
            progress.update(ArchiveProgress.Step.READING, Math.min(read, size), size);
        }
    }
}
