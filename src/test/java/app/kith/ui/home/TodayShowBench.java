package app.kith.ui.home;

import app.kith.store.Journal;
import app.kith.ui.common.InsightSnapshot;
import app.kith.ui.common.JournalChanges;
import app.kith.ui.common.OfferedUndos;
import app.kith.ui.common.RecordingEditor;
import app.kith.ui.common.SameThreadTaskRunner;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Locale;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * Not a test: Today's time to show on a journal (the issue asks for L), from the window's insight reading being
 * there to every card's items filled: Today's own reads (dates, month mix, recent), the report, and the words of
 * every item. The reading itself is taken beforehand, as the window's snapshot takes it once for every screen.
 * {@code java -cp target/test-classes:target/classes:target/lib/* app.kith.ui.home.TodayShowBench DIR} on a copy
 * of a sample journal. Rendering the cards is not included (a few dozen controls).
 */
public final class TodayShowBench {

    private static final int RUNS = 21;

    private TodayShowBench() {
    }

    public static void main(String[] args) {
        Clock clock = Clock.systemDefaultZone();
        try (Journal journal = Journal.open(Path.of(args[0]), clock)) {
            SimpleObjectProperty<Journal> open = new SimpleObjectProperty<>(journal);
            SameThreadTaskRunner tasks = new SameThreadTaskRunner();
            JournalChanges changes = new JournalChanges();
            long start = System.nanoTime();
            InsightSnapshot insight = new InsightSnapshot(tasks, open, changes, clock);
            System.out.printf(Locale.ROOT, "the snapshot's first reading (for reference): %.0f ms%n",
                    (System.nanoTime() - start) / 1e6);
            TodayViewModel today = new TodayViewModel(insight, tasks,
                    new TodayViewModel.JournalFacts(open, new SimpleObjectProperty<>(journal.counts()),
                            new SimpleObjectProperty<>(journal.folder()), new SimpleBooleanProperty()),
                    new TodayViewModel.Links(id -> { }, new RecordingEditor(), () -> { }), changes,
                    new OfferedUndos((message, undo) -> { }), clock, Locale.UK);
            double[] millis = new double[RUNS];
            for (int i = 0; i < RUNS; i++) {
                today.deactivate();
                if (i > 0) {
                    insight.refresh();
                }
                start = System.nanoTime();
                today.activate();
                millis[i] = (System.nanoTime() - start) / 1e6;
                if (today.months().size() != 12) {
                    throw new IllegalStateException("Today was not filled");
                }
            }
            System.out.printf(Locale.ROOT, "Today shown, first time: %.0f ms (%d coming up, %d recent, %d due)%n",
                    millis[0], today.comingUp().size(), today.recent().size(), today.followUps().size());
            double[] warm = Arrays.copyOfRange(millis, 1, RUNS);
            Arrays.sort(warm);
            System.out.printf(Locale.ROOT, "Today shown again after a new reading: median %.0f ms, max %.0f ms%n",
                    warm[warm.length / 2], warm[warm.length - 1]);
        }
    }
}
