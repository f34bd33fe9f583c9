package app.kith.ui.common;

import app.kith.insight.today.TodayEntries;
import app.kith.store.Journal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The two reads the first screen waits for, begun as soon as the own journal is open at start-up, while JavaFX
 * is still building the window: the insight ({@link InsightSnapshot}) and Today's own cards ({@code
 * TodayViewModel}). Each is handed over once, to whichever asks first for the same journal and day; any other
 * ask reads afresh. It only saves waiting: the snapshot stays the one reading the screens share, and a read
 * that failed fails for the one that takes it, as if it had read itself.
 */
public final class ReadAhead {

    private record Ahead<T>(Journal journal, LocalDate day, CompletableFuture<T> result) {
    }

    private final TaskRunner tasks;
    private final Clock clock;
    private final AtomicReference<Ahead<InsightReading>> insight = new AtomicReference<>();
    private final AtomicReference<Ahead<TodayEntries>> today = new AtomicReference<>();

    public ReadAhead(TaskRunner tasks, Clock clock) {
        this.tasks = tasks;
        this.clock = clock;
    }

    /** One that never reads ahead: every ask reads afresh. */
    public static ReadAhead none() {
        return new ReadAhead(null, Clock.systemDefaultZone());
    }

    /** Any thread: begins both reads of the journal just opened, in the background. */
    public void begin(Journal journal) {
        LocalDate day = LocalDate.now(clock);
        insight.set(begin(journal, day, () -> InsightReading.read(journal, day)));
        today.set(begin(journal, day, () -> journal.todayReader().read(day)));
    }

    private <T> Ahead<T> begin(Journal journal, LocalDate day, Supplier<T> read) {
        CompletableFuture<T> result = new CompletableFuture<>();
        tasks.read(context -> {
            try {
                result.complete(read.get());
            } catch (RuntimeException | Error failed) {
                result.completeExceptionally(failed);
            }
            return null;
        }).start();
        return new Ahead<>(journal, day, result);
    }

    /** Background thread: the insight of the journal as of the day, read ahead when it was, else read now. */
    public InsightReading insight(Journal journal, LocalDate day) {
        return take(insight, journal, day, () -> InsightReading.read(journal, day));
    }

    /** Background thread: Today's own cards of the journal as of the day, read ahead when they were, else now. */
    public TodayEntries today(Journal journal, LocalDate day) {
        return take(today, journal, day, () -> journal.todayReader().read(day));
    }

    /** Whatever was read ahead is taken by the first ask (or dropped, when of another journal or day). */
    private static <T> T take(AtomicReference<Ahead<T>> slot, Journal journal, LocalDate day, Supplier<T> otherwise) {
        Ahead<T> ahead = slot.getAndSet(null);
        if (ahead == null || ahead.journal() != journal || !ahead.day().equals(day)) {
            return otherwise.get();
        }
        try {
            return ahead.result().join();
        } catch (CompletionException wrapped) {
            if (wrapped.getCause() instanceof RuntimeException failed) {
                throw failed;
            }
            if (wrapped.getCause() instanceof Error failed) {
                throw failed;
            }
            throw wrapped;
        }
    }
}
