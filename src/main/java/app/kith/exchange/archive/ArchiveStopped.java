package app.kith.exchange.archive;

import app.kith.exchange.ExchangeException;

/** An import or export stopped on request: the journal is as it was, and no file was left behind. */
public final class ArchiveStopped extends ExchangeException {

    private static final long serialVersionUID = 1L;

    ArchiveStopped(String message) {
        super(message);
    }

    static ArchiveStopped importing() {
        return new ArchiveStopped("The import was stopped: nothing was imported, the journal is as it was.");
    }

    static ArchiveStopped exporting() {
        return new ArchiveStopped("The export was stopped: no file was written.");
    }
}
