package app.kith.ui.common;

/** What running work may ask of the runner: whether to stop, and where to report how far it came. */
public interface TaskContext {

    /** True once the task was cancelled; long work stops at the next good point. */
    boolean isCancelled();

    /**
     * Reports progress; reports may be merged, so only the latest one is sure to arrive.
     *
     * @param total zero or less when the amount of work is not known
     */
    void progress(long done, long total, String message);
}
