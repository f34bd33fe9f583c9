package app.kith.cli;

import app.kith.sample.SampleProgress;
import java.io.PrintWriter;

/** Prints long work's progress on standard error: a line at every tenth of the way and at the end. */
final class ProgressLines implements SampleProgress {

    private static final int STEPS = 10;

    private final PrintWriter err;
    private final String what;
    private long nextStep = 1;

    ProgressLines(PrintWriter err, String what) {
        this.err = err;
        this.what = what;
    }

    @Override
    public void update(long done, long total, String message) {
        boolean finished = done >= total;
        if (finished || total > 0 && done * STEPS >= nextStep * total) {
            err.println(what + ": " + message);
            err.flush();
            nextStep = total == 0 ? STEPS : done * STEPS / total + 1;
        }
    }
}
