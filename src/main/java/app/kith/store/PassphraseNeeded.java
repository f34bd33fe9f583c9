package app.kith.store;

/** The journal is encrypted and was opened without a passphrase: ask for one and open it again. */
public final class PassphraseNeeded extends JournalException {

    private static final long serialVersionUID = 1L;

    PassphraseNeeded(String message) {
        super(message);
    }
}
