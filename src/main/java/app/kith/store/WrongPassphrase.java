package app.kith.store;

/** The passphrase given does not open the journal; its file is left exactly as it was. */
public final class WrongPassphrase extends JournalException {

    private static final long serialVersionUID = 1L;

    WrongPassphrase(String message, Throwable cause) {
        super(message, cause);
    }
}
