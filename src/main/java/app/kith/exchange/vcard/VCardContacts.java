package app.kith.exchange.vcard;

import app.kith.common.ErrorText;
import app.kith.domain.InvalidValueException;
import app.kith.exchange.contacts.ContactFileRefused;
import app.kith.exchange.contacts.ContactRecord;
import app.kith.exchange.contacts.ContactSink;
import app.kith.exchange.contacts.LineLimitReader;
import app.kith.exchange.contacts.Rejection;
import app.kith.exchange.contacts.TextInput;
import ezvcard.VCard;
import ezvcard.io.text.VCardReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;

/**
 * Reads a vCard file (2.1, 3.0 or 4.0) card by card: each card is parsed by ez-vcard and becomes a
 * person, or a rejection with its line and the reason (a group, no name, cut off, a value Kith cannot
 * keep). The file's encoding is told by {@link TextInput}.
 */
public final class VCardContacts {

    private VCardContacts() {
    }

    /**
     * @throws ContactFileRefused when the file cannot be read to the end (a line too long, an I/O error)
     * @throws app.kith.exchange.contacts.ContactsStopped when the sink asked to stop
     */
    public static void read(TextInput input, ContactSink sink) {
        CardChunks chunks = new CardChunks(sink);
        int begun;
        try (LineLimitReader reader = input.reader()) {
            begun = chunks.read(reader, (line, text) -> card(line, text, sink));
        } catch (LineLimitReader.LineTooLong e) {
            throw new ContactFileRefused(input.file(), e.getMessage() + ", which no vCard line is; nothing of it"
                    + " was imported");
        } catch (IOException e) {
            throw new ContactFileRefused(input.file(), "cannot be read: " + ErrorText.firstLine(e));
        }
        if (begun == 0) {
            throw new ContactFileRefused(input.file(), "holds no vCard (no BEGIN:VCARD line)");
        }
    }

    /** Parses one card's text; a parse that fails is that card's rejection, never the file's. */
    static void card(int line, String text, ContactSink sink) {
        VCard card;
        try (Reader in = new StringReader(text); VCardReader reader = new VCardReader(in)) {
            // Quoted-printable text without a CHARSET is kept byte for byte, then read as UTF-8 or Windows-1252.
            reader.setDefaultQuotedPrintableCharset(StandardCharsets.ISO_8859_1);
            card = reader.readNext();
        } catch (IOException | RuntimeException e) {
            sink.reject(new Rejection(line, "the card cannot be read: " + ErrorText.firstLine(e)));
            return;
        }
        if (card == null) {
            sink.reject(new Rejection(line, "the card cannot be read"));
            return;
        }
        try {
            sink.accept(new ContactRecord(line, CardMapper.person(card)));
        } catch (CardMapper.NotAPerson e) {
            sink.reject(new Rejection(line, e.getMessage()));
        } catch (InvalidValueException e) {
            sink.reject(new Rejection(line, e.getMessage()));
        } catch (RuntimeException e) {
            sink.reject(new Rejection(line, "the card cannot be read: " + ErrorText.firstLine(e)));
        }
    }
}
