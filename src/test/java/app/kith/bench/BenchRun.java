package app.kith.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * The one benchmark command ({@code mvn -B -Pbench verify}, README "Performance"): writes the M and L sample
 * journals once with the packaged jar (cached, {@link BenchJournals}), runs the JMH benchmarks of this package
 * on copies of them, imports M's archive in a 256 MB heap in a fresh process for its peak heap, runs the bench
 * mains JMH does not replace (each on a copy), times the window's start against a bare window when a display is
 * there (else says it skipped it), and writes {@code results.txt} (a table) and {@code results.json}.
 *
 * <p>Arguments: {@code JAR OUT_DIR [--only REGEX] [--no-mains] [--l-archive]}; {@code --l-archive} also exports and
 * imports L's archive (minutes).
 */
public final class BenchRun {

    private static final Pattern HEAP_LINE = Pattern.compile("seconds=([0-9.]+) peakHeapMb=(\\d+)");

    private BenchRun() {
    }

    public static void main(String[] args) throws IOException, InterruptedException, RunnerException {
        Path jar = Path.of(args[0]);
        Path out = Path.of(args[1]);
        List<String> flags = List.of(args).subList(2, args.length);
        Files.createDirectories(out);
        BenchReport report = new BenchReport(Machine.now());
        if (BenchRun.class.getResource("/META-INF/BenchmarkList") == null) {
            throw new IllegalStateException("JMH's annotation processor did not run: mvn -B -Pbench clean verify");
        }
        Path cache = BenchJournals.cacheFor(jar);
        Path m = BenchJournals.ensure(jar, cache, "M", BenchJournals.M_ARGS);
        Path l = BenchJournals.ensure(jar, cache, "L", BenchJournals.L_ARGS);
        Path archive = BenchJournals.archiveOf(jar, cache, m);
        report.note("journals: " + cache);

        Collection<RunResult> results = jmh(out, m, l, archive, option(flags, "--only", "app\\.kith\\.bench\\..*"));
        report.jmh(results);

        heap(report, archive, "M", "256m");
        if (flags.contains("--l-archive")) {
            Path lArchive = largeArchive(jar, cache, l);
            heap(report, lArchive, "L", "1g");
        }
        if (!flags.contains("--no-mains")) {
            new KeptMains(jar, m, l, out).run(report);
        }
        new WindowStart(jar, m).run(report);
        report.machineAfter(Machine.loadNow());
        report.write(out);
        System.out.println(Files.readString(out.resolve("results.txt")));
    }

    private static Collection<RunResult> jmh(Path out, Path m, Path l, Path archive, String include)
            throws RunnerException {
        Options options = new OptionsBuilder()
                .include(include)
                .exclude(".*BenchRun.*")
                .jvmArgsAppend("-D" + BenchJournals.M_PROPERTY + "=" + m, "-D" + BenchJournals.L_PROPERTY + "=" + l,
                        "-D" + BenchJournals.ARCHIVE_PROPERTY + "=" + archive)
                .resultFormat(ResultFormatType.JSON)
                .result(out.resolve("jmh.json").toString())
                .build();
        return new Runner(options).run();
    }

    /** Imports the archive in a fresh process with the given heap, and reports its time and peak heap. */
    private static void heap(BenchReport report, Path archive, String name, String heap)
            throws IOException, InterruptedException {
        List<String> command = List.of(BenchJournals.javaBin(), "-Xmx" + heap, "-Dorg.jooq.no-logo=true",
                "-cp", System.getProperty("java.class.path"), ArchiveHeap.class.getName(), archive.toString());
        ChildRun run = ChildRun.of(command, 1800);
        Matcher matcher = HEAP_LINE.matcher(run.output());
        String what = "archive import of " + name + " in a fresh process, -Xmx" + heap;
        if (run.exit() == 0 && matcher.find()) {
            report.row(what, matcher.group(1), "s", "1", "");
            report.row("  its peak heap (sum of the heap pools' peaks)", matcher.group(2), "MB", "1", "");
        } else {
            report.row(what, "FAILED (exit " + run.exit() + ")", "", "1", "");
            report.note(what + ":\n" + run.tail(20));
        }
    }

    private static Path largeArchive(Path jar, Path cache, Path l) throws IOException, InterruptedException {
        Path archive = cache.resolve("L.kith.json");
        if (!Files.exists(archive)) {
            Path copy = BenchJournals.copy(l);
            try {
                Path partial = cache.resolve("L-partial.json");
                BenchJournals.run(List.of(BenchJournals.javaBin(), "-jar", jar.toString(), "--data-dir",
                        copy.toString(), "export", partial.toString()));
                Files.move(partial, archive);
            } finally {
                BenchJournals.deleteTree(copy);
            }
        }
        return archive;
    }

    private static String option(List<String> flags, String name, String otherwise) {
        int at = flags.indexOf(name);
        return at >= 0 && at + 1 < flags.size() ? flags.get(at + 1) : otherwise;
    }
}
