package app.kith.store;

import app.kith.insight.JournalInsight;
import app.kith.insight.today.TodayReport;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.IntConsumer;

/**
 * Not a test: how long Today's own reads take on a journal (the issue asks for L): the dates to remember, the
 * month mix (one aggregate over 12 months of conversations), the recent entries, and the whole report from an
 * insight already read (what the window does once the snapshot's reading is there).
 * {@code java -cp target/test-classes:target/classes:target/lib/* app.kith.store.TodayBench DIR} on a copy of a
 * sample journal. Each run asks about another day, so that H2's cache of identical queries is not what is timed.
 */
public final class TodayBench {

    private static final int WARM_UP = 20;
    private static final int RUNS = 61;

    private TodayBench() {
    }

    public static void main(String[] args) {
        Path folder = Path.of(args[0]);
        try (Journal journal = Journal.open(folder, Clock.systemDefaultZone())) {
            LocalDate today = LocalDate.now();
            Database database = journal.database();
            System.out.println(folder + ": " + journal.counts());
            System.out.println("plan of the month mix: " + database.read(ctx -> ctx.fetchValue("EXPLAIN "
                    + ctx.renderInlined(TodayReader.monthsQuery(ctx, today)))));
            long start = System.nanoTime();
            JournalInsight insight = journal.scores().asOf(today);
            System.out.printf(Locale.ROOT, "the insight (the snapshot's reading, for reference): %.1f ms%n",
                    (System.nanoTime() - start) / 1e6);
            start = System.nanoTime();
            TodayReport first = journal.todayReader().report(insight);
            System.out.printf(Locale.ROOT, "Today's report from the reading, cold: %.1f ms (%d recent, %d coming)%n",
                    (System.nanoTime() - start) / 1e6, first.recent().size(), first.comingUp().size());
            measure("dates to remember", day -> database.read(TodayReader::dates));
            measure("month mix", day -> database.read(ctx -> TodayReader.months(ctx, today.minusDays(day))));
            measure("recent", day -> database.read(ctx -> TodayReader.recent(ctx, today.minusDays(day))));
            measure("Today's report from the reading", day -> journal.todayReader().report(insight));
        }
    }

    private static void measure(String what, IntConsumer read) {
        for (int i = 0; i < WARM_UP; i++) {
            read.accept(RUNS + i);
        }
        double[] millis = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            read.accept(i);
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        System.out.printf(Locale.ROOT, "%s: median %.1f ms, p95 %.1f ms%n", what, millis[RUNS / 2],
                millis[(int) (RUNS * 0.95)]);
    }
}
