package app.kith.cli;

import app.kith.exchange.archive.ArchiveProgress;
import java.io.PrintWriter;

/**
 * Prints an import's or export's progress on standard error, once the work has taken a while (a short
 * one stays quiet): the step and every tenth of the way through it.
 */
final class ArchiveProgressLines implements ArchiveProgress {

    /** Work that ends sooner than this prints nothing. */
    private static final long QUIET_NANOS = 2_000_000_000L;
    private static final int STEPS = 10;

    private final PrintWriter err;
    private final long started = System.nanoTime();
    private Step step;
    private long lastTenth = -1;

    ArchiveProgressLines(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void update(Step now, long done, long total) {
        if (now != step) {
            step = now;
            lastTenth = -1;
        }
        if (System.nanoTime() - started < QUIET_NANOS) {
            return;
        }
        long tenth = total <= 0 ? 0 : Math.min(STEPS, done * STEPS / total);
        if (tenth == lastTenth) {
            return;
        }
        lastTenth = tenth;
        err.println(words(now) + (total <= 0 ? "…" : ": " + tenth * STEPS + "%"));
        err.flush();
    }

    private static String words(Step step) {
        return switch (step) {
            case READING -> "Reading the archive";
            case CHECKING -> "Checking the entries";
            case SAVING -> "Saving into the journal";
            case SCORING -> "Updating the scores";
            case WRITING -> "Writing the archive";
        };
    }
}
