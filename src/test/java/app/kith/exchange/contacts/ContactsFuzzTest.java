package app.kith.exchange.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.exchange.ExchangeException;
import app.kith.exchange.csv.ColumnMapping;
import app.kith.exchange.fuzz.Mutator;
import app.kith.exchange.imports.ContactFiles;
import app.kith.exchange.imports.FileReport;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzzing the vCard and CSV importers: seeded mutations of the project's contact files and the shared corpus (when
 * it is beside the project), a fixed number of them ({@value #INPUTS}, more with -Dkith.fuzz.inputs=N), each of
 * which must end in people read (some rejected with a line and a reason) or the file refused in Kith's words, never
 * another exception, within bounded time and memory.
 */
class ContactsFuzzTest {

    private static final int INPUTS = 3_000;
    private static final Path CORPUS = Path.of(System.getProperty("kith.corpus", "../shared/corpus"));
    /** Generous bounds that an input must stay within; a guard against a runaway, not a measured speed. */
    private static final long SECONDS_PER_INPUT = 10;
    private static final long BYTES_PER_INPUT = 512L << 20;
    /** What a library's own message looks like (the files' own words, such as a commons.wikimedia.org link, may pass). */
    private static final List<String> LIBRARY_WORDS = List.of("ezvcard.", "Exception", "java.lang.", "java.io.",
            "java.util.", "org.apache.", "NullPointer", "IndexOutOf");

    private static ExecutorService worker;

    @TempDir
    Path temp;

    @BeforeAll
    static void startWorker() {
        worker = Executors.newSingleThreadExecutor();
    }

    @AfterAll
    static void stopWorker() {
        worker.shutdownNow();
    }

    @Test
    void everyMutatedContactsFileIsReadOrRefusedInKithsWords() throws Exception {
        int inputs = Integer.getInteger("kith.fuzz.inputs", INPUTS);
        long seed = Long.getLong("kith.fuzz.seed", 20261122L);
        List<byte[]> seeds = seeds();
        Mutator mutator = new Mutator(seed, seeds, Mutator.CONTACTS);
        Path file = temp.resolve("input");
        int read = 0;
        int refused = 0;
        long people = 0;
        long rejected = 0;
        long slowest = 0;
        java.util.Map<String, Integer> byReader = new java.util.TreeMap<>();
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < inputs && failures.size() < 5; i++) {
            Files.write(file, mutator.next());
            Tried tried = read(file);
            slowest = Math.max(slowest, tried.nanos());
            if (tried.failure() != null) {
                failures.add("input " + i + ": " + tried.failure());
            } else if (tried.report() != null) {
                read++;
                byReader.merge(tried.report().format().label(), 1, Integer::sum);
                people += tried.report().people().size();
                rejected += tried.report().rejected().size();
            } else {
                refused++;
            }
        }
        System.out.println("Contacts fuzz, seed " + seed + ", " + seeds.size() + " seed files: " + inputs
                + " inputs, " + read + " read " + byReader + " (" + people + " people, " + rejected
                + " records rejected with a line),"
                + " " + refused + " refused whole, slowest " + TimeUnit.NANOSECONDS.toMillis(slowest) + " ms");
        assertThat(failures).isEmpty();
        assertThat(read).isPositive();
        assertThat(refused).isPositive();
    }

    private record Tried(FileReport report, String failure, long nanos) {
    }

    private static Tried read(Path file) throws InterruptedException {
        Future<Tried> reading = worker.submit(() -> readHere(file));
        try {
            return reading.get(SECONDS_PER_INPUT, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            reading.cancel(true);
            return new Tried(null, "took longer than " + SECONDS_PER_INPUT + " s", 0);
        } catch (ExecutionException e) {
            return new Tried(null, "failed: " + e.getCause(), 0);
        }
    }

    private static Tried readHere(Path file) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
        long started = System.nanoTime();
        FileReport report = null;
        String failure = null;
        try {
            report = ContactFiles.read(file, ColumnMapping.NONE, Set.of(), () -> false);
            String words = report.rejected().stream().map(Rejection::toString)
                    .filter(reason -> LIBRARY_WORDS.stream().anyMatch(reason::contains)).findFirst().orElse(null);
            if (words != null) {
                failure = "rejected a record with library words: " + words;
            }
        } catch (ExchangeException refusal) {
            String words = LIBRARY_WORDS.stream().filter(refusal.getMessage()::contains).findFirst().orElse(null);
            if (words != null) {
                failure = "refused with library words (" + words + "): " + refusal.getMessage();
            }
        } catch (RuntimeException e) {
            failure = "threw " + e;
        }
        long bytes = threads.getCurrentThreadAllocatedBytes() - allocatedBefore;
        if (failure == null && bytes > BYTES_PER_INPUT) {
            failure = "allocated " + (bytes >> 20) + " MB";
        }
        return new Tried(report, failure, System.nanoTime() - started);
    }

    /** The project's contact files, and the shared corpus's when it is beside the project. */
    private static List<byte[]> seeds() throws IOException {
        List<byte[]> seeds = new ArrayList<>();
        for (Path folder : List.of(ContactFixtures.file("").toAbsolutePath(), CORPUS)) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".vcf") || f.toString().endsWith(".csv"))
                        .sorted().toList()) {
                    seeds.add(Files.readAllBytes(file));
                }
            }
        }
        return seeds;
    }
}
