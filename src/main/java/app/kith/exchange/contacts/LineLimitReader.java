package app.kith.exchange.contacts;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Counts lines and refuses one longer than a bound, so that a file with no line breaks (a binary
 * file with a text name, a 200 MB line) is refused while reading instead of filling the memory.
 */
public final class LineLimitReader extends FilterReader {

    /** Thrown as soon as a line passes the bound. */
    public static final class LineTooLong extends IOException {
        private static final long serialVersionUID = 1L;
        private final long line;

        LineTooLong(long line, long limit) {
            super("line " + line + " is longer than " + limit / (1024 * 1024) + " MB");
            this.line = line;
        }

        public long line() {
            return line;
        }
    }

    private final long limit;
    private long line = 1;
    private long length;
    private boolean afterCr;

    public LineLimitReader(Reader in, long limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            count((char) c);
        }
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        for (int i = 0; i < n; i++) {
            count(buffer[offset + i]);
        }
        return n;
    }

    private void count(char c) throws LineTooLong {
        if (c == '\n') {
            if (!afterCr) {
                line++;
            }
            length = 0;
            afterCr = false;
        } else if (c == '\r') {
            line++;
            length = 0;
            afterCr = true;
        } else {
            afterCr = false;
            if (++length > limit) {
                throw new LineTooLong(line, limit);
            }
        }
    }
}
