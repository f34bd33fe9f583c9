package app.kith.store;

/**
 * Something went wrong with the journal, said in a sentence a person understands.
 * The message is shown as it is; the cause is kept for the log.
 */
public class JournalException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public JournalException(String message) {
        super(message);
    }

    public JournalException(String message, Throwable cause) {
        super(message, cause);
    }
}
