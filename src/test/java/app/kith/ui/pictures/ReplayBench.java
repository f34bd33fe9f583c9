package app.kith.ui.pictures;

import app.kith.insight.JournalInsight;
import app.kith.insight.MonthEnds;
import app.kith.insight.RingMoves;
import app.kith.store.Journal;
import app.kith.store.PersonSummary;
import app.kith.store.ScoreHistory;
import app.kith.ui.map.MapLayout;
import app.kith.ui.rings.RingsLayout;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Not a test: measures the "as of" replay on a journal made by {@code kith sample} (run on a copy):
 * {@code java -cp … app.kith.ui.pictures.ReplayBench DIR}
 * Reports reading the journal for the replay once (the people and every decoded timeline), then, for each of the
 * 24 month ends and today, one month of the Map (the insight as of the day and the map's layout) and one month of
 * the Rings (that insight, the insight 90 days before, the moves and the rings' layout): the first pass, as when
 * Play is pressed first, and a second, warm one (median and max).
 */
public final class ReplayBench {

    private ReplayBench() {
    }

    public static void main(String[] args) {
        Path folder = Path.of(args[0]);
        Clock clock = Clock.systemDefaultZone();
        try (Journal journal = Journal.open(folder, clock)) {
            System.out.printf(Locale.ROOT, "%s: %s%n", folder, journal.counts());
            List<PersonSummary> people = journal.people().summaries();
            long start = System.nanoTime();
            ScoreHistory history = journal.scores().history();
            System.out.printf(Locale.ROOT, "reading the journal for the replay (once): %.0f ms%n",
                    (System.nanoTime() - start) / 1e6);
            List<LocalDate> stops = MonthEnds.storyDays(LocalDate.now(clock));
            for (String pass : List.of("first pass", "second pass")) {
                long[] map = new long[stops.size()];
                long[] rings = new long[stops.size()];
                for (int i = 0; i < stops.size(); i++) {
                    LocalDate day = stops.get(i);
                    long began = System.nanoTime();
                    JournalInsight now = history.asOf(day);
                    MapLayout.of(now);
                    map[i] = System.nanoTime() - began;
                    began = System.nanoTime();
                    JournalInsight then = history.asOf(RingMoves.sinceFor(day));
                    RingsLayout.of(now, people, RingMoves.between(then, now));
                    rings[i] = map[i] + System.nanoTime() - began;
                }
                System.out.printf(Locale.ROOT, "%s, one month of the Map: median %.0f ms, max %.0f ms; of the Rings"
                        + " (two days, the moves): median %.0f ms, max %.0f ms%n", pass, median(map) / 1e6,
                        max(map) / 1e6, median(rings) / 1e6, max(rings) / 1e6);
            }
        }
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static long max(long[] values) {
        return Arrays.stream(values).max().orElse(0);
    }
}
