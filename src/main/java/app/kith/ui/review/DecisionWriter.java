package app.kith.ui.review;

import app.kith.store.Journal;
import app.kith.store.JournalException;
import app.kith.ui.common.JournalChanges;
import app.kith.ui.common.TaskRunner;
import java.util.function.Consumer;
import javafx.beans.value.ObservableValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a session's decisions on the writer thread, in the order they were made, and announces each one written
 * so that the window's reading of the journal (and with it every screen) follows; a failure is said in a sentence.
 */
final class DecisionWriter {

    private static final Logger LOG = LoggerFactory.getLogger(DecisionWriter.class);

    private final TaskRunner tasks;
    private final ObservableValue<Journal> journal;
    private final JournalChanges changes;
    private final Consumer<String> problem;

    /** @param problem told null when a write starts, and why it failed when it does */
    DecisionWriter(TaskRunner tasks, ObservableValue<Journal> journal, JournalChanges changes,
                   Consumer<String> problem) {
        this.tasks = tasks;
        this.journal = journal;
        this.changes = changes;
        this.problem = problem;
    }

    /** @param write what the session gave for a decision; null: nothing to write */
    void write(Consumer<Journal> write) {
        Journal open = journal.getValue();
        if (write == null || open == null) {
            return;
        }
        problem.accept(null);
        tasks.write(context -> {
            write.accept(open);
            return null;
        }).onSuccess(written -> changes.changed())
                .onError(JournalException.class, error -> problem.accept(error.getMessage()))
                .onError(error -> {
                    LOG.error("Saving a review decision failed", error);
                    problem.accept("Kith could not save that decision; the ones before it are kept.");
                }).start();
    }
}
