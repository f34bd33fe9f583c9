package app.kith.exchange.archive;

import java.util.function.Supplier;

/**
 * Counts the entries of one step of an import or export: tells the progress every {@value #REPORT_EVERY} entries
 * and at the last one, and stops when asked, with the step's own {@link ArchiveStopped} sentence.
 */
final class StepCount {

    private static final int REPORT_EVERY = 500;

    private final ArchiveProgress progress;
    private final ArchiveProgress.Step step;
    private final long total;
    private final Supplier<ArchiveStopped> stopped;
    private long done;

    /** @param total the entries expected; the count may pass it, and then says the count reached so far */
    StepCount(ArchiveProgress progress, ArchiveProgress.Step step, long total, Supplier<ArchiveStopped> stopped) {
        this.progress = progress;
        this.step = step;
        this.total = total;
        this.stopped = stopped;
        progress.update(step, 0, total);
    }

    void one() {
        done++;
        if (done % REPORT_EVERY == 0 || done == total) {
            if (progress.stopRequested()) {
                throw stopped.get();
            }
            progress.update(step, done, Math.max(done, total));
        }
    }

    /** Says the step is complete at the count reached, unless the last entry has said so already. */
    void finished() {
        if (done != total) {
            progress.update(step, done, done);
        }
    }
}
