package app.kith.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Start to first frame against a bare JavaFX window, measured from outside the process by the shared
 * {@code window-start/start_ratio.py} (xdotool and a pixel check under Xvfb): run only when {@code
 * -Dkith.bench.windowStart=SCRIPT} names it and a display is there; otherwise the report says it was skipped.
 */
final class WindowStart {

    private static final int RUNS = 5;

    private final Path jar;
    private final Path m;

    WindowStart(Path jar, Path m) {
        this.jar = jar;
        this.m = m;
    }

    void run(BenchReport report) throws IOException, InterruptedException {
        String what = "start to first frame, M, against a bare window";
        String script = System.getProperty("kith.bench.windowStart");
        // The pom passes the property on always, empty when it was not given.
        if (script == null || script.isBlank() || !Files.isRegularFile(Path.of(script))) {
            report.row(what, "skipped", "", "", "no -Dkith.bench.windowStart script");
            return;
        }
        if (System.getenv("DISPLAY") == null) {
            report.row(what, "skipped", "", "", "no display");
            return;
        }
        Path copy = BenchJournals.copy(m);
        try {
            ChildRun run = ChildRun.of(List.of("python3", script, jar.toString(), copy.toString(),
                    String.valueOf(RUNS)), 600);
            report.row(what, run.exit() == 0 ? run.tail(1) : "FAILED (exit " + run.exit() + ")", "", "" + RUNS, "");
        } finally {
            BenchJournals.deleteTree(copy);
        }
    }
}
