package app.kith.cli;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Not a test: {@code kith review} end to end, each run a fresh {@code java -jar} process, as a person
 * types it. {@code java -cp target/test-classes app.kith.cli.ReviewStartBench JAR EMPTY_DIR LARGE_DIR [RUNS]}
 * alternates the two journals (so that a busy moment of the machine falls on both) and reports the
 * medians and their ratio (PRODUCT.md: a large journal at most about 1.5 times an empty one). The
 * large journal is also reviewed as of yesterday, for which nothing is kept: the first review of a day.
 */
public final class ReviewStartBench {

    private static final int DEFAULT_RUNS = 11;

    private ReviewStartBench() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        String jar = args[0];
        Path empty = Path.of(args[1]);
        Path large = Path.of(args[2]);
        int runs = args.length > 3 ? Integer.parseInt(args[3]) : DEFAULT_RUNS;
        String yesterday = LocalDate.now().minusDays(1).toString();
        // Once each first, untimed: a first open migrates, and today's scores get kept.
        review(jar, empty);
        review(jar, large);
        double[] emptyMillis = new double[runs];
        double[] largeMillis = new double[runs];
        double[] firstOfDayMillis = new double[runs];
        for (int i = 0; i < runs; i++) {
            emptyMillis[i] = review(jar, empty);
            largeMillis[i] = review(jar, large);
            firstOfDayMillis[i] = review(jar, large, "--as-of", yesterday);
        }
        double emptyMedian = report("empty journal", emptyMillis);
        double largeMedian = report("large journal, scores kept today", largeMillis);
        double firstMedian = report("large journal, nothing kept (another day)", firstOfDayMillis);
        System.out.printf(Locale.ROOT, "large / empty: %.2f, nothing kept / empty: %.2f%n", largeMedian / emptyMedian,
                firstMedian / emptyMedian);
    }

    private static double review(String jar, Path folder, String... options)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-jar", jar, "--data-dir", folder.toString(), "review"));
        command.addAll(List.of(options));
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.appendTo(new File(System.getProperty("java.io.tmpdir"),
                        "kith-review-bench.log"))).start();
        int exit = process.waitFor();
        double millis = (System.nanoTime() - start) / 1e6;
        if (exit != 0) {
            throw new IllegalStateException("kith review on " + folder + " ended with " + exit);
        }
        return millis;
    }

    private static double report(String what, double[] millis) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        double median = sorted[sorted.length / 2];
        System.out.printf(Locale.ROOT, "%-45s median %7.0f ms  min %7.0f  max %7.0f  (n=%d)%n", what, median,
                sorted[0], sorted[sorted.length - 1], sorted.length);
        return median;
    }
}
