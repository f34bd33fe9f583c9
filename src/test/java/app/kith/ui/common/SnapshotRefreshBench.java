package app.kith.ui.common;

import app.kith.domain.Channel;
import app.kith.domain.Depth;
import app.kith.domain.Initiator;
import app.kith.domain.Interaction;
import app.kith.store.Journal;
import app.kith.ui.people.PeopleListViewModel;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javafx.beans.property.SimpleObjectProperty;

/**
 * Not a test: how long the window takes to be current after a write, run on demand on a journal made by
 * {@code kith sample} (use a copy: it logs and deletes conversations).
 * {@code java -cp target/test-classes:target/classes:target/lib/* app.kith.ui.common.SnapshotRefreshBench DIR}
 *
 * <p>Each run logs one conversation (untimed, as the Log dialog's save), then times what the window does next on
 * one thread: the snapshot reads the journal's insight and summaries again and the People list takes the new
 * reading (rows, order, filter). In the window the read runs on a reader thread and the list update on the FX
 * thread; here both run on this one, so the figure is their sum. Warm, as in a window used for a while.
 */
public final class SnapshotRefreshBench {

    private static final int WARM_UP = 30;
    private static final int RUNS = 31;

    private SnapshotRefreshBench() {
    }

    public static void main(String[] args) {
        Path folder = Path.of(args[0]);
        Clock clock = Clock.systemDefaultZone();
        try (Journal journal = Journal.open(folder, clock)) {
            System.out.printf(Locale.ROOT, "%s: %s%n", folder, journal.counts());
            SimpleObjectProperty<Journal> open = new SimpleObjectProperty<>();
            JournalChanges changes = new JournalChanges();
            InsightSnapshot snapshot = new InsightSnapshot(new SameThreadTaskRunner(), open, changes, clock);
            PeopleListViewModel list = new PeopleListViewModel(snapshot, Locale.UK);
            list.activate();
            open.set(journal);
            List<UUID> people = snapshot.reading().people().stream().map(summary -> summary.id()).toList();
            double[] millis = new double[RUNS];
            for (int i = 0; i < WARM_UP + RUNS; i++) {
                UUID someone = people.get((i * 7919) % people.size());
                Interaction talk = Interaction.create(LocalDate.now(clock), Channel.CALL, Depth.PERSONAL,
                        Initiator.ME, 20, List.of(someone), null);
                journal.interactions().add(talk);
                InsightReading before = snapshot.reading();
                long start = System.nanoTime();
                changes.changed();
                double took = (System.nanoTime() - start) / 1e6;
                if (snapshot.reading() == before) {
                    throw new IllegalStateException("the snapshot did not take a new reading");
                }
                if (i >= WARM_UP) {
                    millis[i - WARM_UP] = took;
                }
                journal.interactions().delete(talk.id());
                changes.changed();
            }
            Arrays.sort(millis);
            System.out.printf(Locale.ROOT, "after logging one conversation, the snapshot read again and the People "
                            + "list current: median %.1f ms, p90 %.1f, min %.1f, max %.1f (n=%d, %,d people in the list)%n",
                    millis[RUNS / 2], millis[RUNS * 9 / 10], millis[0], millis[RUNS - 1], RUNS, list.rows().size());
        }
    }
}
