package app.kith.bench;

import app.kith.exchange.archive.ArchiveImport;
import app.kith.store.ImportOutcome;
import app.kith.store.Journal;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;

/**
 * Imports an archive into an empty journal in a fresh process and prints its time and peak heap: {@code
 * java -XmxN -cp CP app.kith.bench.ArchiveHeap ARCHIVE}, the last line being {@code seconds=S peakHeapMb=H}.
 * The peak is the sum of the heap pools' peaks, so an upper bound of the heap in use at any one time.
 */
public final class ArchiveHeap {

    private ArchiveHeap() {
    }

    public static void main(String[] args) throws Exception {
        Path archive = Path.of(args[0]);
        Path folder = Files.createTempDirectory("kith-bench-heap");
        try (Journal journal = Journal.open(folder.resolve("journal"), Clock.systemDefaultZone())) {
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
            long start = System.nanoTime();
            ImportOutcome outcome = new ArchiveImport(journal).importFile(archive);
            double seconds = (System.nanoTime() - start) / 1e9;
            long peak = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(pool -> pool.getType() == MemoryType.HEAP)
                    .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
            System.out.println(outcome);
            System.out.printf(Locale.ROOT, "seconds=%.2f peakHeapMb=%d%n", seconds, peak >> 20);
        } finally {
            BenchJournals.deleteTree(folder);
        }
    }
}
