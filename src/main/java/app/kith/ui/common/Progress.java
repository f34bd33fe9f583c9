package app.kith.ui.common;

/**
 * How far a task has come.
 *
 * @param total zero or less when unknown
 */
public record Progress(long done, long total, String message) {

    /** The share done, from 0 to 1, or -1 when the total is unknown (an indeterminate bar). */
    public double fraction() {
        if (total <= 0) {
            return -1;
        }
        return Math.max(0, Math.min(1, (double) done / total));
    }
}
