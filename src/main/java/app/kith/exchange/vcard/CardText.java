package app.kith.exchange.vcard;

import java.io.Reader;

/**
 * One card's text as a reader for ez-vcard, which asks for it a character at a time: unlike
 * {@link java.io.StringReader}, whose every {@code read()} takes a lock, this one is read by one thread
 * only and takes none, and it reads the card where {@link CardChunks} gathered it instead of a copy.
 */
final class CardText extends Reader {

    private final CharSequence text;
    private int next;

    CardText(CharSequence text) {
        this.text = text;
    }

    @Override
    public int read() {
        return next < text.length() ? text.charAt(next++) : -1;
    }

    @Override
    public int read(char[] buffer, int offset, int length) {
        if (length == 0) {
            return 0;
        }
        if (next >= text.length()) {
            return -1;
        }
        int n = Math.min(length, text.length() - next);
        for (int i = 0; i < n; i++) {
            buffer[offset + i] = text.charAt(next++);
        }
        return n;
    }

    @Override
    public void close() {
        // Nothing is held: the text belongs to whoever gathered it.
    }
}
