package app.kith.store;

import app.kith.domain.Channel;
import app.kith.domain.Depth;
import app.kith.domain.Initiator;
import app.kith.domain.Interaction;
import app.kith.insight.JournalInsight;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.IntSupplier;
import static app.kith.store.schema.Tables.INTERACTION_PERSON;
import static org.jooq.impl.DSL.count;

/**
 * Not a test: measures the insight engine on a journal made by {@code kith sample}, run on demand.
 * {@code java -cp target/test-classes:target/classes:target/lib/* app.kith.store.InsightBench DIR [--rebuild]}
 * Reports a full recompute of the digests (always when they are missing, else with --rebuild), the
 * people list and review ready as of today (warm, median), and logging one conversation for the
 * person with the most (median; each one is deleted again, untimed, so the journal stays as it was).
 */
public final class InsightBench {

    private static final int RUNS = 21;
    private static final int WARM_UP = 30;

    private InsightBench() {
    }

    public static void main(String[] args) {
        Path folder = Path.of(args[0]);
        boolean rebuild = args.length > 1 && args[1].equals("--rebuild");
        Clock clock = Clock.systemDefaultZone();
        try (Journal journal = Journal.open(folder, clock)) {
            System.out.printf(Locale.ROOT, "%s: %s%n", folder, journal.counts());
            if (rebuild || JournalProbe.digests(journal) == 0) {
                long start = System.nanoTime();
                int people = journal.digests().rebuildAll(DigestProgress.NONE);
                System.out.printf(Locale.ROOT, "full recompute: %,d people with entries in %.1f s%n", people,
                        (System.nanoTime() - start) / 1e9);
            }
            // Between timed runs, one conversation is logged and deleted (untimed), so that H2's cache of
            // identical query results cannot answer instead of the queries.
            Runnable change = () -> touch(journal, clock);
            time("scores().today(): every person scored, rings, review queue", change, () -> {
                JournalInsight insight = journal.scores().today();
                return insight.people().size() + insight.reviewQueue().size();
            });
            time("people().summaries()", change, () -> journal.people().summaries().size());
            time("people + review together (summaries + scores)", change, () -> journal.people().summaries().size()
                    + journal.scores().today().reviewQueue().size());
            logging(journal, clock);
        }
    }

    private static void logging(Journal journal, Clock clock) {
        UUID busiest = journal.database().read(ctx -> ctx.select(INTERACTION_PERSON.PERSON_ID)
                .from(INTERACTION_PERSON).groupBy(INTERACTION_PERSON.PERSON_ID)
                .orderBy(count().desc()).limit(1).fetchOne(INTERACTION_PERSON.PERSON_ID));
        int entries = journal.interactions().countForPerson(busiest);
        double[] millis = new double[RUNS * 5];
        for (int i = 0; i < millis.length; i++) {
            Interaction talk = Interaction.create(LocalDate.now(clock).minusDays(i), Channel.CALL, Depth.PERSONAL,
                    Initiator.ME, 20, List.of(busiest), null);
            long start = System.nanoTime();
            journal.interactions().add(talk);
            millis[i] = (System.nanoTime() - start) / 1e6;
            journal.interactions().delete(talk.id());
        }
        report("log one conversation for a person with " + entries + " (digest included)", millis);
    }

    private static void touch(Journal journal, Clock clock) {
        UUID someone = journal.database().read(ctx -> ctx.select(INTERACTION_PERSON.PERSON_ID)
                .from(INTERACTION_PERSON).limit(1).fetchOne(INTERACTION_PERSON.PERSON_ID));
        Interaction talk = Interaction.create(LocalDate.now(clock), Channel.CALL, Depth.CATCH_UP, null, null,
                List.of(someone), null);
        journal.interactions().add(talk);
        journal.interactions().delete(talk.id());
    }

    private static void time(String what, Runnable change, IntSupplier work) {
        // Warm: the same work as timed, often enough that the JIT has compiled it, as in a window used for a while.
        for (int i = 0; i < WARM_UP; i++) {
            change.run();
            work.getAsInt();
        }
        double[] millis = new double[RUNS];
        double[] cpu = new double[RUNS];
        List<Integer> sink = new ArrayList<>();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < RUNS; i++) {
            change.run();
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            sink.add(work.getAsInt());
            millis[i] = (System.nanoTime() - start) / 1e6;
            cpu[i] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6;
        }
        report(what, millis);
        // CPU time of this thread: the same figure on a busy machine, where wall time is not.
        report("  (its CPU time)", cpu);
    }

    private static void report(String what, double[] millis) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "%-75s median %8.2f ms  min %8.2f  max %8.2f  (n=%d)%n", what,
                sorted[sorted.length / 2], sorted[0], sorted[sorted.length - 1], sorted.length);
    }
}
