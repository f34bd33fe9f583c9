package app.kith.store;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;

/**
 * Not a test: how long the first page of the timeline of the person with the most conversations
 * takes to read (PRODUCT.md: a timeline of 5,000 entries shows its first screen within 20 ms).
 * {@code java -cp target/test-classes:target/classes:target/lib/* app.kith.store.TimelineBench DIR}
 * on a copy of a sample journal. Reports the median and 95th percentile of warm reads, and a
 * deep page for comparison.
 */
public final class TimelineBench {

    private static final int WARM_UP = 50;
    private static final int RUNS = 201;
    private static final int PAGE = 40;

    private TimelineBench() {
    }

    public static void main(String[] args) {
        Path folder = Path.of(args[0]);
        try (Journal journal = Journal.open(folder, Clock.systemDefaultZone())) {
            UUID busiest = BusiestPerson.of(journal);
            int conversations = journal.interactions().countForPerson(busiest);
            int favours = journal.favours().forPerson(busiest).size();
            System.out.printf(Locale.ROOT, "%s: busiest person has %,d conversations and %,d favours%n", folder,
                    conversations, favours);
            long first = System.nanoTime();
            journal.timeline().page(busiest, 0, PAGE);
            System.out.printf(Locale.ROOT, "first page, cold: %.2f ms%n", (System.nanoTime() - first) / 1e6);
            measure("first page", () -> journal.timeline().page(busiest, 0, PAGE));
            measure("page at entry 2,000", () -> journal.timeline().page(busiest, 2000, PAGE));
            measure("for comparison, conversations alone", () -> journal.interactions().forPerson(busiest, 0, PAGE));
        }
    }

    private static void measure(String what, Runnable read) {
        for (int i = 0; i < WARM_UP; i++) {
            read.run();
        }
        double[] millis = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            read.run();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        System.out.printf(Locale.ROOT, "%s (%d entries): median %.2f ms, p95 %.2f ms%n", what, PAGE,
                millis[RUNS / 2], millis[(int) (RUNS * 0.95)]);
    }
}
