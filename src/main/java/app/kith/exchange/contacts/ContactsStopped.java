package app.kith.exchange.contacts;

/** Reading contacts was stopped on request: nothing is imported. */
public final class ContactsStopped extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ContactsStopped() {
        super("The import was stopped: nothing was imported, the journal is as it was.");
    }
}
