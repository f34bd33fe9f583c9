package app.kith.store;

/**
 * Told how far {@link Journal#importContent(ImportEntries, ImportProgress)} has come, and asked
 * whether to stop. Stopping rolls the whole import back, so it is possible until the commit.
 */
public interface ImportProgress {

    /** Reports nothing and never stops. */
    ImportProgress NONE = new ImportProgress() {
        @Override
        public void saving(long done, long total) {
            // Nobody is watching.
        }
    };

    /** How many of the new entries (people, conversations, favours, follow-ups, reviews) are written. */
    void saving(long done, long total);

    /** Everything is written; the scores of the people concerned are being brought up to date. */
    default void scoring() {
    }

    /** Polled between steps: true stops the import, and nothing of it is saved. */
    default boolean stopRequested() {
        return false;
    }
}
