package app.kith.bench;

import app.kith.exchange.archive.ArchiveExport;
import app.kith.exchange.archive.ArchiveImport;
import app.kith.store.ImportOutcome;
import app.kith.store.Journal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The Kith archive of M: exporting the journal to it, and importing it into an empty journal, each in a heap of
 * 256 MB (PRODUCT.md's bound for L's window; the import streams the file). The peak heap is measured apart,
 * by the runner ({@link ArchiveHeap}), in a fresh process.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx256m", "-Dorg.jooq.no-logo=true", "-Dorg.jooq.no-tips=true"})
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class ArchiveBench {

    @Benchmark
    public Object exportM(Exporting exporting) {
        return new ArchiveExport(exporting.journal, Clock.systemDefaultZone()).export(exporting.target, true);
    }

    @Benchmark
    public ImportOutcome importM(Importing importing) {
        return new ArchiveImport(importing.journal).importFile(importing.archive);
    }

    /** A copy of M, and where its archive is written. */
    @State(Scope.Thread)
    public static class Exporting {
        Journal journal;
        Path target;
        private Path copy;

        @Setup(Level.Trial)
        public void open() throws Exception {
            copy = BenchJournals.copyOf(BenchJournals.M_PROPERTY);
            journal = Journal.open(copy, Clock.systemDefaultZone());
            target = Files.createTempDirectory("kith-bench-export").resolve("M.json");
        }

        @TearDown(Level.Trial)
        public void close() {
            journal.close();
            BenchJournals.deleteTree(copy);
            BenchJournals.deleteTree(target.getParent());
        }
    }

    /** An empty journal for each import, and M's archive. */
    @State(Scope.Thread)
    public static class Importing {
        Journal journal;
        Path archive;
        private Path folder;

        @Setup(Level.Invocation)
        public void open() throws Exception {
            archive = Path.of(System.getProperty(BenchJournals.ARCHIVE_PROPERTY));
            folder = Files.createTempDirectory("kith-bench-import");
            journal = Journal.open(folder.resolve("journal"), Clock.systemDefaultZone());
        }

        @TearDown(Level.Invocation)
        public void close() {
            journal.close();
            BenchJournals.deleteTree(folder);
        }
    }
}
