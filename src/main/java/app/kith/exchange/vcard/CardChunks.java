package app.kith.exchange.vcard;

import app.kith.exchange.contacts.ContactsStopped;
import app.kith.exchange.contacts.ContactSink;
import app.kith.exchange.contacts.Rejection;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.Locale;

/**
 * Cuts a vCard file into its cards, each with the line it begins on, so that ez-vcard parses one card
 * at a time (a large file is never held whole) and a card cut off without END:VCARD is noticed and
 * reported with its line instead of being imported with truncated values. Only the BEGIN and END
 * lines are looked at; everything inside is ez-vcard's to read. A vCard 2.1 AGENT may hold a card
 * inside a card.
 */
final class CardChunks {

    /** A card larger than this is not a contact (a photo of 12 MB fits); it is reported, not read. */
    static final int MAX_CARD_CHARS = 24 * 1024 * 1024;

    /** Takes each whole card's text, which is only good until the handler returns (it is not copied). */
    interface CardHandler {
        void card(int line, CharSequence text);
    }

    private final ContactSink sink;

    CardChunks(ContactSink sink) {
        this.sink = sink;
    }

    /** @return how many cards began in the file (whole or not) */
    int read(Reader reader, CardHandler cards) throws IOException {
        BufferedReader lines = new BufferedReader(reader, 1 << 16);
        StringBuilder card = new StringBuilder();
        int lineNumber = 0;
        int start = 0;
        int depth = 0;
        int begun = 0;
        boolean tooLarge = false;
        String previous = "";
        String line;
        while ((line = lines.readLine()) != null) {
            lineNumber++;
            // Only BEGIN and END matter here: no copy of every line in upper case.
            String bare = line.strip();
            boolean begin = bare.equalsIgnoreCase("BEGIN:VCARD");
            if (begin && depth > 0 && !agent(previous)) {
                cutOff(start);
                depth = 0;
            }
            if (begin) {
                if (depth == 0) {
                    begun++;
                    start = lineNumber;
                    card.setLength(0);
                    tooLarge = false;
                    if (sink.stopRequested()) {
                        throw new ContactsStopped();
                    }
                }
                depth++;
            }
            if (depth > 0) {
                if (!tooLarge && card.length() + line.length() > MAX_CARD_CHARS) {
                    tooLarge = true;
                    card.setLength(0);
                }
                if (!tooLarge) {
                    card.append(line).append("\r\n");
                }
                if (bare.equalsIgnoreCase("END:VCARD") && --depth == 0) {
                    if (tooLarge) {
                        sink.reject(new Rejection(start, "the card is larger than " + MAX_CARD_CHARS / (1024 * 1024)
                                + " MB, which no contact is; it was left out"));
                    } else {
                        cards.card(start, card);
                    }
                    card.setLength(0);
                }
            }
            if (!bare.isEmpty()) {
                previous = bare;
            }
        }
        if (depth > 0) {
            cutOff(start);
        }
        return begun;
    }

    private void cutOff(int start) {
        sink.reject(new Rejection(start, "the card is cut off: no END:VCARD closes it, so it was left out rather"
                + " than imported with missing values"));
    }

    /** A 2.1 AGENT property whose value is the card that follows. */
    private static boolean agent(String previous) {
        return previous.toUpperCase(Locale.ROOT).matches("(?:[A-Z0-9-]+\\.)?AGENT(?:;[^:]*)?:");
    }
}
