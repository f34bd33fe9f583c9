package app.kith.exchange.contacts;

import app.kith.exchange.ExchangeException;
import java.nio.file.Path;

/**
 * A file that cannot be imported at all (empty, binary, not a known format, columns not recognised
 * and no mapping, a line too long): one sentence naming the file, and the line where there is one.
 */
public final class ContactFileRefused extends ExchangeException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final String reason;

    /** @param reason the sentence's end, e.g. "is empty" or "line 3 is longer than 16 MB" */
    public ContactFileRefused(Path file, String reason) {
        super(file + " " + reason + (reason.endsWith(".") ? "" : "."));
        this.file = file;
        this.reason = reason;
    }

    public Path file() {
        return file;
    }

    /** The sentence without the file's name, e.g. "is empty". */
    public String reason() {
        return reason;
    }
}
