package app.kith.bench;

import app.kith.domain.Channel;
import app.kith.domain.Depth;
import app.kith.domain.Initiator;
import app.kith.domain.Interaction;
import app.kith.insight.JournalInsight;
import app.kith.store.TimelinePage;
import app.kith.insight.today.TodayReport;
import java.time.LocalDate;
import java.util.List;
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
 * The journal's reads and one write on L (PRODUCT.md, quality bars): the people list and the review ready, one
 * conversation logged with its aggregates, the first page of the longest timeline, Today's report. Replaces the
 * bench mains store.InsightBench, store.TimelineBench and store.TodayBench.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "-Dorg.jooq.no-logo=true", "-Dorg.jooq.no-tips=true"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
public class JournalBench {

    /** People list + review ready: every person's summary and the scores as of today, on L. */
    @Benchmark
    public int peopleAndReview(Changed changed) {
        JournalInsight insight = changed.large.journal.scores().today();
        return changed.large.journal.people().summaries().size() + insight.reviewQueue().size();
    }

    /** One conversation logged for the busiest person of L, its aggregates included (deleted again, untimed). */
    @Benchmark
    public Interaction logOneConversation(Logging logging) {
        logging.large.journal.interactions().add(logging.talk);
        return logging.talk;
    }

    /** The first page (40 entries) of the timeline of L's busiest person. */
    @Benchmark
    public TimelinePage timelineFirstPage(LargeJournal large) {
        return large.journal.timeline().page(large.busiest, 0, 40);
    }

    /** Today's report (dates to remember, the month's mix, recent entries) from the scores' reading, on L. */
    @Benchmark
    public TodayReport today(Reading reading) {
        return reading.large.journal.todayReader().report(reading.insight);
    }

    /**
     * Before each call, one conversation is logged and deleted (untimed), so that H2's cache of identical
     * query results cannot answer instead of the queries, as after any change in the window.
     */
    @State(Scope.Thread)
    public static class Changed {
        LargeJournal large;

        @Setup(Level.Trial)
        public void take(LargeJournal journal) {
            large = journal;
        }

        @Setup(Level.Invocation)
        public void change() {
            Interaction talk = Interaction.create(LocalDate.now(large.clock), Channel.CALL, Depth.CATCH_UP, null,
                    null, List.of(large.busiest), null);
            large.journal.interactions().add(talk);
            large.journal.interactions().delete(talk.id());
        }
    }

    /** A new conversation for each call, deleted after it. */
    @State(Scope.Thread)
    public static class Logging {
        LargeJournal large;
        Interaction talk;
        private int day;

        @Setup(Level.Trial)
        public void take(LargeJournal journal) {
            large = journal;
        }

        @Setup(Level.Invocation)
        public void prepare() {
            day = (day + 1) % 365;
            talk = Interaction.create(LocalDate.now(large.clock).minusDays(day), Channel.CALL, Depth.PERSONAL,
                    Initiator.ME, 20, List.of(large.busiest), null);
        }

        @TearDown(Level.Invocation)
        public void undo() {
            large.journal.interactions().delete(talk.id());
        }
    }

    /** The scores' reading Today starts from, read once. */
    @State(Scope.Thread)
    public static class Reading {
        LargeJournal large;
        JournalInsight insight;

        @Setup(Level.Trial)
        public void read(LargeJournal journal) {
            large = journal;
            insight = journal.journal.scores().asOf(LocalDate.now(journal.clock));
        }
    }
}
