package app.kith.ui.common;

import app.kith.store.Journal;
import java.time.Clock;
import java.time.LocalDate;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The window's one source of what the journal's insight is today. Owned by the shell: it reads the open journal
 * once in the background when the journal opens and once after each write, and drops a reading overtaken by a
 * later one. Screens listen to {@link #readingProperty()} while they are shown and, when shown again, take the
 * latest reading (calling {@link #refreshIfStale()} in case the day turned meanwhile); none reads or scores the
 * journal on its own. Used on the FX application thread.
 */
public final class InsightSnapshot {

    private static final Logger LOG = LoggerFactory.getLogger(InsightSnapshot.class);

    private final TaskRunner tasks;
    private final ObservableValue<Journal> journal;
    private final Clock clock;
    private final ReadAhead ahead;
    private final ReadOnlyObjectWrapper<InsightReading> reading = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper();

    /** Counts the readings asked for: only the answer to the latest one is kept. */
    private long asked;

    /**
     * @param journal the open journal, null while none is
     * @param changes told after every write: the journal is read again
     */
    public InsightSnapshot(TaskRunner tasks, ObservableValue<Journal> journal, JournalChanges changes, Clock clock) {
        this(tasks, journal, changes, clock, ReadAhead.none());
    }

    /** @param ahead the first reading, begun at start-up before the journal was shown */
    public InsightSnapshot(TaskRunner tasks, ObservableValue<Journal> journal, JournalChanges changes, Clock clock,
                           ReadAhead ahead) {
        this.tasks = tasks;
        this.journal = journal;
        this.clock = clock;
        this.ahead = ahead;
        journal.addListener((observable, was, now) -> {
            reading.set(null);
            refresh();
        });
        changes.revisionProperty().addListener((observable, was, now) -> refresh());
        refresh();
    }

    /** The latest reading of the open journal; null while none is open or before the first reading arrives. */
    public ReadOnlyObjectProperty<InsightReading> readingProperty() {
        return reading.getReadOnlyProperty();
    }

    /** The latest reading, or null. */
    public InsightReading reading() {
        return reading.get();
    }

    /** Why the latest reading failed, in a sentence; null while readings succeed. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Reads the open journal again as of today, in the background. */
    public void refresh() {
        Journal open = journal.getValue();
        if (open == null) {
            return;
        }
        long ask = ++asked;
        LocalDate today = LocalDate.now(clock);
        tasks.read(context -> ahead.insight(open, today))
                .onSuccess(read -> {
                    if (ask == asked && open == journal.getValue()) {
                        problem.set(null);
                        reading.set(read);
                    }
                })
                .onError(error -> {
                    LOG.error("Reading the journal's insight failed", error);
                    if (ask == asked && open == journal.getValue()) {
                        problem.set("Kith could not read this journal's insight.");
                    }
                })
                .start();
    }

    /** Reads again when the latest reading is of an earlier day (the window was left open past midnight). */
    public void refreshIfStale() {
        InsightReading latest = reading.get();
        if (latest != null && !latest.asOf().equals(LocalDate.now(clock))) {
            refresh();
        }
    }
}
