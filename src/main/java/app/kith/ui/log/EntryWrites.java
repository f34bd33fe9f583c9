package app.kith.ui.log;

import app.kith.domain.Favour;
import app.kith.domain.Interaction;
import app.kith.store.DeletedConversation;
import app.kith.store.Journal;
import app.kith.store.JournalException;
import app.kith.store.PersonSummary;
import app.kith.ui.common.JournalChanges;
import app.kith.ui.common.TaskRunner;
import app.kith.ui.common.UndoOffer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Log dialog's reads and writes, each in the background through the task runner: everyone for the
 * suggestions, the entry to edit, the save (one transaction) and the delete with its undo. Each hands its
 * result (or the sentence saying why it failed) to the caller, which shows it.
 */
final class EntryWrites {

    private static final Logger LOG = LoggerFactory.getLogger(EntryWrites.class);

    private final TaskRunner tasks;
    private final Journal journal;
    private final JournalChanges changes;
    private final UndoOffer undo;

    EntryWrites(TaskRunner tasks, Journal journal, JournalChanges changes, UndoOffer undo) {
        this.tasks = tasks;
        this.journal = journal;
        this.changes = changes;
        this.undo = undo;
    }

    /** What an edit needs read: everyone, the entry (null for a favour) and its favours. */
    record Found(Map<UUID, PersonSummary> everyone, Interaction interaction, List<Favour> favours) {

        /** The person with this id, as the form shows them, even when they have left the journal. */
        PersonChoice choice(UUID id) {
            PersonSummary person = everyone.get(id);
            return person == null ? new PersonChoice(id, "Someone no longer in the journal", null, null, false)
                    : PersonChoice.of(person);
        }
    }

    void readDirectory(Consumer<Map<UUID, PersonSummary>> then, Consumer<String> failed) {
        tasks.read(context -> everyone()).onSuccess(then)
                .onError(error -> failed(failed, "Kith could not read the people in the journal.", error)).start();
    }

    void readInteraction(UUID id, Consumer<Found> then, Consumer<String> failed) {
        tasks.read(context -> new Found(everyone(), journal.interactions().get(id).orElseThrow(
                () -> new JournalException("That conversation is no longer in the journal.")),
                journal.favours().forInteraction(id))).onSuccess(then)
                .onError(JournalException.class, error -> failed.accept(error.getMessage()))
                .onError(error -> failed(failed, "Kith could not read that conversation.", error)).start();
    }

    void readFavour(UUID id, Consumer<Found> then, Consumer<String> failed) {
        tasks.read(context -> {
            Favour favour = journal.favours().get(id).orElseThrow(
                    () -> new JournalException("That favour is no longer in the journal."));
            return new Found(everyone(), null, List.of(favour));
        }).onSuccess(then)
                .onError(JournalException.class, error -> failed.accept(error.getMessage()))
                .onError(error -> failed(failed, "Kith could not read that favour.", error)).start();
    }

    private Map<UUID, PersonSummary> everyone() {
        Map<UUID, PersonSummary> found = new LinkedHashMap<>();
        journal.people().summaries().forEach(person -> found.put(person.id(), person));
        return found;
    }

    // ---- Saving and deleting -------------------------------------------------------------------------

    /**
     * Writes the entry in one transaction, as a revision of the one in the journal when {@code revise};
     * {@code what} is "conversation" or "favour", for the sentence when it fails.
     */
    void save(EntryChecks.Checked entry, boolean revise, String what, Consumer<UUID> saved,
              Consumer<String> stopped) {
        tasks.write(context -> {
            if (entry.interaction() != null && revise) {
                journal.interactions().revise(entry.newPeople(), entry.interaction(), entry.favours(),
                        entry.followUp());
            } else if (entry.interaction() != null) {
                journal.interactions().log(entry.newPeople(), entry.interaction(), entry.favours(),
                        entry.followUp());
            } else if (revise) {
                journal.favours().revise(entry.newPeople(), entry.favours().get(0), entry.followUp());
            } else {
                journal.favours().log(entry.newPeople(), entry.favours().get(0), entry.followUp());
            }
            return entry;
        }).onSuccess(done -> saved.accept(done.interaction() != null ? done.interaction().id()
                        : done.favours().get(0).id()))
                .onError(JournalException.class, error -> stopped.accept(error.getMessage()))
                .onError(error -> {
                    LOG.error("Saving an entry failed", error);
                    stopped.accept("Kith could not save this " + what + "; nothing of it was written.");
                }).start();
    }

    /**
     * Deletes the conversation with its favours (or, when {@code interaction} is null, the favour), then offers
     * to undo it with {@code message}.
     */
    void delete(UUID interaction, UUID favour, String what, String message, Runnable deleted,
                Consumer<String> stopped) {
        Consumer<Throwable> failed = error -> {
            LOG.error("Deleting an entry failed", error);
            stopped.accept("Kith could not delete this " + what + "; it is still in the journal.");
        };
        if (interaction != null) {
            tasks.write(context -> journal.interactions().deleteWithFavours(interaction))
                    .onSuccess(gone -> {
                        deleted.run();
                        undo.offer(message, () -> restore(gone));
                    }).onError(JournalException.class, error -> stopped.accept(error.getMessage()))
                    .onError(failed).start();
        } else {
            tasks.write(context -> journal.favours().delete(favour))
                    .onSuccess(gone -> {
                        deleted.run();
                        undo.offer(message, () -> restore(gone));
                    }).onError(JournalException.class, error -> stopped.accept(error.getMessage()))
                    .onError(failed).start();
        }
    }

    private void restore(DeletedConversation deleted) {
        tasks.write(context -> {
            journal.interactions().restore(deleted);
            return deleted;
        }).onSuccess(back -> changes.changed())
                .onError(error -> undoFailed("conversation", error)).start();
    }

    private void restore(Favour deleted) {
        tasks.write(context -> {
            journal.favours().add(deleted);
            return deleted;
        }).onSuccess(back -> changes.changed())
                .onError(error -> undoFailed("favour", error)).start();
    }

    /** The dialog is gone by the time Undo is pressed: the window's undo bar says what went wrong. */
    private void undoFailed(String what, Throwable error) {
        LOG.error("Putting a deleted {} back failed", what, error);
        String sentence = "Kith could not put the " + what + " back";
        if (error instanceof JournalException journalError && journalError.getMessage().contains(": ")) {
            // The store says "Kith could not save to the journal: <why>"; the why is what matters here.
            String message = journalError.getMessage();
            undo.failed(sentence + message.substring(message.indexOf(": ")));
        } else {
            undo.failed(sentence + "; it stays deleted.");
        }
    }

    private static void failed(Consumer<String> failed, String message, Throwable error) {
        LOG.error(message, error);
        failed.accept(message);
    }
}
