package app.kith.bench;

import app.kith.store.Journal;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The bench mains JMH does not replace, each run once in a fresh process on its own copy of a journal, their
 * output kept as they print it: the UI's (the Map's layout, hover and redraw on L; a month of the replay on M;
 * the snapshot's refresh after a write and Today's time to show on L; the people search with the screen's CSS
 * and layout on L, headless under Monocle) and {@code kith review} end to end in fresh processes on L.
 */
final class KeptMains {

    private static final long TIMEOUT_SECONDS = 240;
    private static final List<String> HEADLESS = List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
            "-Dprism.order=sw", "-Dprism.text=t2k", "-Djava.awt.headless=true", "-Dorg.jooq.no-logo=true",
            "-Dorg.jooq.no-tips=true");

    private final Path jar;
    private final Path m;
    private final Path l;
    private final Path out;

    KeptMains(Path jar, Path m, Path l, Path out) {
        this.jar = jar;
        this.m = m;
        this.l = l;
        this.out = out;
    }

    void run(BenchReport report) throws IOException, InterruptedException {
        main(report, "ui.map.MapBench (L)", "app.kith.ui.map.MapBench", l);
        main(report, "ui.pictures.ReplayBench (M)", "app.kith.ui.pictures.ReplayBench", m);
        main(report, "ui.common.SnapshotRefreshBench (L)", "app.kith.ui.common.SnapshotRefreshBench", l);
        main(report, "ui.home.TodayShowBench (L)", "app.kith.ui.home.TodayShowBench", l);
        main(report, "ui.people.PeopleSearchBench (L)", "app.kith.ui.people.PeopleSearchBench", l);
        reviewStart(report);
    }

    private void main(BenchReport report, String name, String mainClass, Path journal)
            throws IOException, InterruptedException {
        Path copy = BenchJournals.copy(journal);
        try {
            System.out.println("Running " + name + " …");
            List<String> command = new ArrayList<>(List.of(BenchJournals.javaBin(), "-Xmx1g"));
            command.addAll(HEADLESS);
            command.addAll(List.of("-Djavafx.cachedir=" + out.resolve("javafx-cache"), "-cp",
                    System.getProperty("java.class.path"), mainClass, copy.toString()));
            keep(report, name, ChildRun.of(command, TIMEOUT_SECONDS));
        } finally {
            BenchJournals.deleteTree(copy);
        }
    }

    /** {@code kith review} on an empty journal and on L, fresh processes, 5 runs each. */
    private void reviewStart(BenchReport report) throws IOException, InterruptedException {
        Path copy = BenchJournals.copy(l);
        Path empty = Files.createTempDirectory("kith-bench-empty");
        try {
            // An empty journal: reading commands refuse a folder that holds none.
            Journal.open(empty, Clock.systemDefaultZone()).close();
            System.out.println("Running cli.ReviewStartBench …");
            List<String> command = List.of(BenchJournals.javaBin(), "-cp", System.getProperty("java.class.path"),
                    "app.kith.cli.ReviewStartBench", jar.toString(), empty.toString(), copy.toString(), "5");
            keep(report, "cli.ReviewStartBench (empty and L, 5 runs each)", ChildRun.of(command, TIMEOUT_SECONDS));
        } finally {
            BenchJournals.deleteTree(copy);
            BenchJournals.deleteTree(empty);
        }
    }

    private static void keep(BenchReport report, String name, ChildRun run) {
        String output = run.output().lines().filter(line -> !line.startsWith("WARNING") && !line.contains("SLF4J"))
                .reduce((a, b) -> a + "\n" + b).orElse("");
        report.main(name, run.exit() == 0 ? output : "FAILED (exit " + run.exit() + ")\n" + run.tail(15));
    }
}
