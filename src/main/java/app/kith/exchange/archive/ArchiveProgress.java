package app.kith.exchange.archive;

/**
 * Told how far an archive import or export has come, step by step, and asked whether to stop.
 * A stop is answered with {@link ArchiveStopped}; nothing is imported, or no file is written, then.
 */
public interface ArchiveProgress {

    /** Reports nothing and never stops. */
    ArchiveProgress NONE = (step, done, total) -> { };

    /** What the work is doing; each step counts from zero again. */
    enum Step {
        /** Import: reading the file, counted in bytes. */
        READING,
        /** Import: checking the entries read, counted in entries. */
        CHECKING,
        /** Import: writing the new entries into the journal, counted in entries. */
        SAVING,
        /** Import: bringing the scores of the people concerned up to date; no count (total 0). */
        SCORING,
        /** Export: writing the journal's entries to the file, counted in entries. */
        WRITING
    }

    /** @param total zero when the step has no count */
    void update(Step step, long done, long total);

    /** Polled between entries: true stops the work at the next good point. */
    default boolean stopRequested() {
        return false;
    }
}
