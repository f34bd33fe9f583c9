package app.kith.store;

/** An import stopped on request before it was committed: nothing of it was saved. */
public final class ImportStopped extends JournalException {

    private static final long serialVersionUID = 1L;

    public ImportStopped() {
        super("The import was stopped: nothing was imported, the journal is as it was.");
    }
}
