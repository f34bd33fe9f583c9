package app.kith.ui.common;

import app.kith.domain.FollowUp;
import app.kith.store.Journal;
import app.kith.store.JournalException;
import java.util.UUID;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ticks follow-ups off and puts them back, the same way wherever it is done (a person's page, Today): a write in
 * the background, after which every screen reads again.
 */
public final class FollowUpMarks {

    private static final Logger LOG = LoggerFactory.getLogger(FollowUpMarks.class);

    private final TaskRunner tasks;
    private final JournalChanges changes;
    private final UndoOffer undo;

    public FollowUpMarks(TaskRunner tasks, JournalChanges changes, UndoOffer undo) {
        this.tasks = tasks;
        this.changes = changes;
        this.undo = undo;
    }

    /**
     * Marks the follow-up done, or (not done) puts it back on the list.
     *
     * @param outcome told null once it is saved, or why it could not be, in a sentence
     */
    public void mark(Journal journal, UUID id, boolean done, Consumer<String> outcome) {
        mark(journal, id, done, outcome, () -> { });
    }

    /** Marks the follow-up done and offers to put it back (the undo bar, Shortcut+Z). */
    public void markDoneWithUndo(Journal journal, FollowUp followUp, Consumer<String> outcome) {
        mark(journal, followUp.id(), true, outcome, () -> undo.offer(
                "Marked \u201c" + followUp.text() + "\u201d done",
                () -> mark(journal, followUp.id(), false, sentence -> {
                    if (sentence != null) {
                        undo.failed(sentence);
                    }
                })));
    }

    private void mark(Journal journal, UUID id, boolean done, Consumer<String> outcome, Runnable saved) {
        String failure = "Kith could not " + (done ? "mark the follow-up done." : "put the follow-up back.");
        tasks.write(context -> {
            journal.followUps().markDone(id, done);
            return null;
        })
                .onSuccess(nothing -> {
                    outcome.accept(null);
                    saved.run();
                    changes.changed();
                })
                .onError(JournalException.class, error -> outcome.accept(error.getMessage()))
                .onError(error -> {
                    LOG.error(failure, error);
                    outcome.accept(failure);
                })
                .start();
    }
}
