package app.kith.bench;

import app.kith.store.BusiestPerson;
import app.kith.store.Journal;
import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/** A copy of the L journal, open for one fork's benchmarks, and the person with the most conversations. */
@State(Scope.Benchmark)
public class LargeJournal {

    public final Clock clock = Clock.systemDefaultZone();
    public Journal journal;
    public UUID busiest;
    private Path copy;

    @Setup(Level.Trial)
    public void open() {
        copy = BenchJournals.copyOf(BenchJournals.L_PROPERTY);
        journal = Journal.open(copy, clock);
        busiest = BusiestPerson.of(journal);
    }

    @TearDown(Level.Trial)
    public void close() {
        journal.close();
        BenchJournals.deleteTree(copy);
    }
}
