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

    private final PushbackInputStream source;
    private int last = -1;

    FoldRepair(InputStream in) {
        this(new PushbackInputStream(in, 4));
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

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        int count = 0;
        while (count < length) {
            int b = read();
            if (b < 0) {
                return count == 0 ? -1 : count;
            }
            buffer[offset + count++] = (byte) b;
        }
        return count;
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
