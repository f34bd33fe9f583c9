package app.kith.exchange.archive;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.exchange.ExchangeException;
import app.kith.exchange.fuzz.Mutator;
import app.kith.store.Journal;
import app.kith.store.JournalCounts;
import app.kith.store.JournalException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzzing the archive reader: seeded mutations of real archives, a fixed number of them ({@value #INPUTS}, more
 * with -Dkith.fuzz.inputs=N), each of which must end in an archive read or in Kith's own sentence, never another
 * exception or library words, within bounded time and memory. Some go on into a real journal, all or nothing.
 */
class ArchiveFuzzTest {

    private static final int INPUTS = 10_000;
    private static final int IMPORTED = 150;
    /** Generous bounds that an input must stay within; a guard against a runaway, not a measured speed. */
    private static final long SECONDS_PER_INPUT = 10;
    private static final long BYTES_PER_INPUT = 256L << 20;
    private static final List<String> LIBRARY_WORDS = List.of("com.fasterxml", "Exception", "StreamReadConstraints",
            "[Source:", "JsonToken", "JsonNode", "java.", "jackson", "nesting depth (");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);

    private static ExecutorService worker;

    @TempDir
    Path temp;

    /** What became of the inputs. */
    enum Outcome { READ, REFUSED }

    @BeforeAll
    static void startWorker() {
        worker = Executors.newSingleThreadExecutor();
    }

    @AfterAll
    static void stopWorker() {
        worker.shutdownNow();
    }

    @Test
    void everyMutatedArchiveIsReadOrRefusedInKithsWords() throws Exception {
        int inputs = Integer.getInteger("kith.fuzz.inputs", INPUTS);
        long seed = Long.getLong("kith.fuzz.seed", 20261122L);
        Mutator mutator = new Mutator(seed, seeds(), Mutator.JSON);
        Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);
        List<String> failures = new ArrayList<>();
        long slowest = 0;
        long mostBytes = 0;
        for (int i = 0; i < inputs && failures.size() < 5; i++) {
            byte[] input = mutator.next();
            Tried tried = read(input);
            slowest = Math.max(slowest, tried.nanos());
            mostBytes = Math.max(mostBytes, tried.bytes());
            if (tried.failure() != null) {
                failures.add("input " + i + ": " + tried.failure());
            } else {
                outcomes.merge(tried.outcome(), 1, Integer::sum);
            }
        }
        System.out.println("Archive fuzz, seed " + seed + ": " + inputs + " inputs, " + outcomes + ", slowest "
                + TimeUnit.NANOSECONDS.toMillis(slowest) + " ms, most allocated " + (mostBytes >> 10) + " KB");
        assertThat(failures).isEmpty();
        assertThat(outcomes.getOrDefault(Outcome.READ, 0)).as("some mutations stay valid archives").isPositive();
        assertThat(outcomes.getOrDefault(Outcome.REFUSED, 0)).isPositive();
    }

    @Test
    void mutatedArchivesImportAllOrNothing() throws Exception {
        Mutator mutator = new Mutator(Long.getLong("kith.fuzz.seed", 20261122L) + 1, seeds(), Mutator.JSON);
        int imported = 0;
        int refused = 0;
        try (Journal journal = Journal.open(temp.resolve("journal"), CLOCK)) {
            for (int i = 0; i < IMPORTED; i++) {
                Path file = Files.write(temp.resolve("input-" + i + ".json"), mutator.next());
                JournalCounts before = journal.counts();
                try {
                    new ArchiveImport(journal).importFile(file);
                    imported++;
                } catch (ExchangeException | JournalException e) {
                    refused++;
                    assertThat(journal.counts()).as("input %d changed the journal: %s", i, e.getMessage())
                            .isEqualTo(before);
                    assertThat(e.getMessage()).as("input %d", i).doesNotContain(LIBRARY_WORDS);
                }
            }
        }
        System.out.println("Archive fuzz into a journal: " + IMPORTED + " inputs, " + imported + " imported, "
                + refused + " refused whole");
        assertThat(imported + refused).isEqualTo(IMPORTED);
    }

    private record Tried(Outcome outcome, String failure, long nanos, long bytes) {
    }

    /** Reads one input on the worker thread, with a time bound; measures what it allocated there. */
    private static Tried read(byte[] input) throws InterruptedException {
        Future<Tried> reading = worker.submit(() -> readHere(input));
        try {
            return reading.get(SECONDS_PER_INPUT, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            reading.cancel(true);
            return new Tried(null, "took longer than " + SECONDS_PER_INPUT + " s: " + preview(input), 0, 0);
        } catch (java.util.concurrent.ExecutionException e) {
            return new Tried(null, "failed: " + e.getCause() + " on " + preview(input), 0, 0);
        }
    }

    private static Tried readHere(byte[] input) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
        long started = System.nanoTime();
        Outcome outcome;
        String failure = null;
        try {
            new ArchiveReader().read(new ByteArrayInputStream(input), Set.of(UUID.randomUUID()));
            outcome = Outcome.READ;
        } catch (ArchiveException refused) {
            outcome = Outcome.REFUSED;
            String words = LIBRARY_WORDS.stream().filter(refused.getMessage()::contains).findFirst().orElse(null);
            if (words != null) {
                failure = "refused with library words (" + words + "): " + refused.getMessage();
            }
        } catch (IOException | RuntimeException e) {
            outcome = null;
            failure = "threw " + e + " on " + preview(input);
        }
        long nanos = System.nanoTime() - started;
        long bytes = threads.getCurrentThreadAllocatedBytes() - allocatedBefore;
        if (failure == null && bytes > BYTES_PER_INPUT) {
            failure = "allocated " + (bytes >> 20) + " MB for " + input.length + " bytes";
        }
        return new Tried(outcome, failure, nanos, bytes);
    }

    private static String preview(byte[] input) {
        String text = new String(input, java.nio.charset.StandardCharsets.UTF_8);
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

    /** The archives the mutations start from: the product's example, and archives Kith itself wrote. */
    private List<byte[]> seeds() throws IOException {
        List<byte[]> seeds = new ArrayList<>();
        try (InputStream in = getClass().getResourceAsStream("/archive/sample.json")) {
            seeds.add(in.readAllBytes());
        }
        seeds.add(Files.readAllBytes(TestArchives.conversations(temp.resolve("seed-conversations.json"), 12)));
        seeds.add(("{\"format\":\"kith-archive\",\"version\":1,\"exportedAt\":\"2026-11-22T10:00:00Z\",\"people\":[],"
                + "\"interactions\":[],\"favours\":[],\"followUps\":[],\"reviews\":[]}").getBytes());
        return seeds;
    }
}
