package app.kith.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** The command line run in-process on a data folder, as a script would run it, with what it printed. */
final class KithRun {

    private final Clock clock;
    private String out = "";
    private String err = "";

    KithRun(Clock clock) {
        this.clock = clock;
    }

    /** Runs {@code kith --data-dir FOLDER ARGS…} and returns its exit code. */
    int in(Path folder, String... args) {
        List<String> all = new ArrayList<>(List.of("--data-dir", folder.toString()));
        all.addAll(List.of(args));
        StringWriter outText = new StringWriter();
        StringWriter errText = new StringWriter();
        int exitCode = new KithCli(clock, dataFolder -> { }).run(all.toArray(String[]::new),
                new PrintWriter(outText), new PrintWriter(errText));
        out = outText.toString();
        err = errText.toString();
        return exitCode;
    }

    /** What the last run wrote to standard output. */
    String out() {
        return out;
    }

    /** What the last run wrote to standard error. */
    String err() {
        return err;
    }
}
