package app.kith.exchange.vcard;

import app.kith.common.ErrorText;
import app.kith.domain.InvalidValueException;
import app.kith.domain.Person;
import app.kith.exchange.contacts.ContactFileRefused;
import app.kith.exchange.contacts.ContactRecord;
import app.kith.exchange.contacts.ContactSink;
import app.kith.exchange.contacts.ContactsStopped;
import app.kith.exchange.contacts.LineLimitReader;
import app.kith.exchange.contacts.Rejection;
import app.kith.exchange.contacts.TextInput;
import ezvcard.VCard;
import ezvcard.VCardVersion;
import ezvcard.io.text.VCardReader;
import ezvcard.io.text.VCardWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;

/**
 * Reads a vCard file (2.1, 3.0 or 4.0) card by card: each card is parsed by ez-vcard and becomes a
 * person, or a rejection with its line and the reason (a group, no name, cut off, a value Kith cannot
 * keep). The file's encoding is told by {@link TextInput}. Writes people as vCard 4.0, which this
 * reads back without loss ({@link CardWriter}).
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

    /**
     * Writes the people as vCard 4.0 (UTF-8), one card each, as they come; the stream is closed at the end.
     *
     * @param written runs after each card (to count them, or to stop the write by throwing)
     * @return how many cards were written
     */
    public static int write(Iterable<Person> people, OutputStream out, Runnable written) throws IOException {
        int count = 0;
        try (VCardWriter writer = new VCardWriter(out, VCardVersion.V4_0)) {
            writer.setAddProdId(false);
            for (Person person : people) {
                writer.write(CardWriter.card(person));
                count++;
                written.run();
            }
        }
        return count;
    }

    /** Parses one card's text; a parse that fails is that card's rejection, never the file's. */
    static void card(int line, CharSequence text, ContactSink sink) {
        VCard card;
        try (Reader in = new CardText(text); VCardReader reader = new VCardReader(in)) {
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
        } catch (ContactFileRefused | ContactsStopped e) {
            // The whole file's refusal (too many people) or a stop, not this card's.
            throw e;
        } catch (CardMapper.NotAPerson e) {
            sink.reject(new Rejection(line, e.getMessage()));
        } catch (InvalidValueException e) {
            sink.reject(new Rejection(line, e.getMessage()));
        } catch (RuntimeException e) {
            sink.reject(new Rejection(line, "the card cannot be read: " + ErrorText.firstLine(e)));
        }
    }
}
