package app.kith.exchange.contacts;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;

/**
 * Joins the lines of a UTF-8 file where a writer folded a line in the middle of a character (some
 * address books fold at a byte count): a line break and one space or tab between a byte of a
 * multi-byte character and a continuation byte are taken out before the bytes are decoded, so the
 * character survives. Nowhere else can such a break stand in valid UTF-8, so nothing else changes.
 */
final class FoldRepair extends FilterInputStream {

    /** The most read from the source at once. */
    private static final int CHUNK = 1 << 16;

    private final PushbackInputStream source;
    private int last = -1;

    FoldRepair(InputStream in) {
        // Room for a whole run read at once and put back, and the few bytes a fold check looks ahead.
        this(new PushbackInputStream(in, CHUNK + 4));
    }

    private FoldRepair(PushbackInputStream in) {
        super(in);
        this.source = in;
    }

    @Override
    public int read() throws IOException {
        int b = source.read();
        if ((b == '\r' || b == '\n') && last >= 0x80) {
            int joined = joined(b);
            if (joined >= 0) {
                b = joined;
            }
        }
        last = b;
        return b;
    }

    /**
     * Reads a run of bytes at once; only a line break right after a byte of a multi-byte character goes
     * through {@link #read()}, one byte at a time (reading every byte on its own made reading a large file
     * several times slower).
     */
    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        int n = source.read(buffer, offset, Math.min(length, CHUNK));
        if (n <= 0) {
            return n;
        }
        for (int i = 0; i < n; i++) {
            int b = buffer[offset + i] & 0xFF;
            if ((b == '\r' || b == '\n') && last >= 0x80) {
                source.unread(buffer, offset + i, n - i);
                if (i > 0) {
                    return i;
                }
                buffer[offset] = (byte) read();
                return 1;
            }
            last = b;
        }
        return n;
    }

    /** The continuation byte after a fold that splits a character, or -1 (everything read is put back). */
    private int joined(int lineBreak) throws IOException {
        int[] seen = new int[3];
        int n = 0;
        int next = source.read();
        if (lineBreak == '\r' && next == '\n') {
            seen[n++] = next;
            next = source.read();
        }
        seen[n++] = next;
        if (next == ' ' || next == '\t') {
            int after = source.read();
            if (after >= 0x80 && after <= 0xBF) {
                return after;
            }
            seen[n++] = after;
        }
        for (int i = n - 1; i >= 0; i--) {
            if (seen[i] >= 0) {
                source.unread(seen[i]);
            }
        }
        return -1;
    }

    @Override
    public boolean markSupported() {
        return false;
    }
}
