package app.kith.ui.log;

import app.kith.domain.Favour;
import app.kith.domain.Interaction;
import app.kith.store.DeletedConversation;
import app.kith.store.JournalException;
import app.kith.store.PersonSummary;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Log dialog's reads and writes, each in the background through the task runner: everyone for the
 * suggestions, the entry to edit, the save (one transaction) and the delete with its undo.
 */
final class EntryWrites {

    private static final Logger LOG = LoggerFactory.getLogger(EntryWrites.class);

    private final LogViewModel form;

    EntryWrites(LogViewModel form) {
        this.form = form;
    }

    /** What an edit needs read: everyone, the entry and the favours that came up in it. */
    private record Found(Map<UUID, PersonSummary> everyone, Interaction interaction, List<Favour> favours) {
    }

    void readDirectory(Consumer<Map<UUID, PersonSummary>> fill) {
        form.tasks.read(context -> everyone()).onSuccess(found -> {
            fill.accept(found);
            form.directoryRead(List.copyOf(found.values()));
        }).onError(error -> failed("Kith could not read the people in the journal.", error)).start();
    }

    void loadInteraction(UUID id) {
        form.mode.set(LogViewModel.Mode.CONVERSATION);
        form.tasks.read(context -> new Found(everyone(), form.journal.interactions().get(id).orElseThrow(
                () -> new JournalException("That conversation is no longer in the journal.")),
                form.journal.favours().forInteraction(id))).onSuccess(found -> {
                    Interaction interaction = found.interaction();
                    form.editedInteraction = interaction;
                    interaction.people().stream().map(p -> choice(found.everyone(), p)).forEach(form.people::add);
                    form.date.set(interaction.date());
                    form.time.set(interaction.time() == null ? "" : interaction.time().toString());
                    form.channel.set(interaction.channel());
                    form.depth.set(interaction.depth());
                    form.initiatedBy.set(interaction.initiatedBy());
                    form.minutes.set(interaction.minutes() == null ? "" : interaction.minutes().toString());
                    form.notes.set(interaction.notes() == null ? "" : interaction.notes());
                    found.favours().forEach(f -> form.favours.add(new FavourForm(f, choice(found.everyone(),
                            f.person()))));
                    edited(found.everyone());
                }).onError(JournalException.class, error -> form.problem.set(error.getMessage()))
                .onError(error -> failed("Kith could not read that conversation.", error)).start();
    }

    void loadFavour(UUID id) {
        form.mode.set(LogViewModel.Mode.FAVOUR);
        form.tasks.read(context -> {
            Favour favour = form.journal.favours().get(id).orElseThrow(
                    () -> new JournalException("That favour is no longer in the journal."));
            return new Found(everyone(), null, List.of(favour));
        }).onSuccess(found -> {
            Favour favour = found.favours().get(0);
            form.editedFavour = favour;
            PersonChoice whose = choice(found.everyone(), favour.person());
            form.people.add(whose);
            form.date.set(favour.date());
            form.favours.add(new FavourForm(favour, whose));
            edited(found.everyone());
        }).onError(JournalException.class, error -> form.problem.set(error.getMessage()))
                .onError(error -> failed("Kith could not read that favour.", error)).start();
    }

    private void edited(Map<UUID, PersonSummary> everyone) {
        form.editing.set(true);
        form.directoryRead(List.copyOf(everyone.values()));
    }

    private Map<UUID, PersonSummary> everyone() {
        Map<UUID, PersonSummary> found = new LinkedHashMap<>();
        form.journal.people().summaries().forEach(person -> found.put(person.id(), person));
        return found;
    }

    private static PersonChoice choice(Map<UUID, PersonSummary> everyone, UUID id) {
        PersonSummary person = everyone.get(id);
        return person == null ? new PersonChoice(id, "Someone no longer in the journal", null, null, false)
                : PersonChoice.of(person);
    }

    // ---- Saving and deleting -------------------------------------------------------------------------

    void save(EntryChecks.Checked entry) {
        form.busy.set(true);
        form.problem.set(null);
        form.tasks.write(context -> {
            if (entry.interaction() != null && form.editedInteraction != null) {
                form.journal.interactions().revise(entry.newPeople(), entry.interaction(), entry.favours(),
                        entry.followUp());
            } else if (entry.interaction() != null) {
                form.journal.interactions().log(entry.newPeople(), entry.interaction(), entry.favours(),
                        entry.followUp());
            } else if (form.editedFavour != null) {
                form.journal.favours().revise(entry.newPeople(), entry.favours().get(0), entry.followUp());
            } else {
                form.journal.favours().log(entry.newPeople(), entry.favours().get(0), entry.followUp());
            }
            return entry;
        }).onSuccess(saved -> {
            form.saved(saved.interaction() != null ? saved.interaction().id() : saved.favours().get(0).id());
            finished();
        })
                .onError(JournalException.class, error -> stopped(error.getMessage()))
                .onError(error -> {
                    LOG.error("Saving an entry failed", error);
                    stopped("Kith could not save this " + what() + "; nothing of it was written.");
                }).start();
    }

    void delete() {
        form.busy.set(true);
        form.problem.set(null);
        String message = "Deleted the " + what() + " with " + EntryWords.names(form.people.stream()
                .map(PersonChoice::name).toList()) + " on " + EntryWords.day(form.date.get() == null ? form.today()
                : form.date.get(), form.today(), form.locale);
        if (form.editedInteraction != null) {
            UUID id = form.editedInteraction.id();
            form.tasks.write(context -> form.journal.interactions().deleteWithFavours(id))
                    .onSuccess(deleted -> {
                        finished();
                        form.undo.offer(message, () -> restore(deleted));
                    }).onError(JournalException.class, error -> stopped(error.getMessage()))
                    .onError(error -> deleteFailed(error)).start();
        } else {
            UUID id = form.editedFavour.id();
            form.tasks.write(context -> form.journal.favours().delete(id))
                    .onSuccess(deleted -> {
                        finished();
                        form.undo.offer(message, () -> restore(deleted));
                    }).onError(JournalException.class, error -> stopped(error.getMessage()))
                    .onError(error -> deleteFailed(error)).start();
        }
    }

    private void restore(DeletedConversation deleted) {
        form.tasks.write(context -> {
            form.journal.interactions().restore(deleted);
            return deleted;
        }).onSuccess(back -> form.changes.changed())
                .onError(error -> undoFailed("conversation", error)).start();
    }

    private void restore(Favour deleted) {
        form.tasks.write(context -> {
            form.journal.favours().add(deleted);
            return deleted;
        }).onSuccess(back -> form.changes.changed())
                .onError(error -> undoFailed("favour", error)).start();
    }

    /** The dialog is gone by the time Undo is pressed: the window's undo bar says what went wrong. */
    private void undoFailed(String what, Throwable error) {
        LOG.error("Putting a deleted {} back failed", what, error);
        String sentence = "Kith could not put the " + what + " back";
        if (error instanceof JournalException journalError && journalError.getMessage().contains(": ")) {
            // The store says "Kith could not save to the journal: <why>"; the why is what matters here.
            String message = journalError.getMessage();
            form.undo.failed(sentence + message.substring(message.indexOf(": ")));
        } else {
            form.undo.failed(sentence + "; it stays deleted.");
        }
    }

    private String what() {
        return form.mode.get() == LogViewModel.Mode.FAVOUR ? "favour" : "conversation";
    }

    private void finished() {
        form.busy.set(false);
        form.done.set(true);
        form.changes.changed();
    }

    private void stopped(String message) {
        form.busy.set(false);
        form.problem.set(message);
    }

    private void deleteFailed(Throwable error) {
        LOG.error("Deleting an entry failed", error);
        stopped("Kith could not delete this " + what() + "; it is still in the journal.");
    }

    private void failed(String message, Throwable error) {
        LOG.error(message, error);
        form.problem.set(message);
    }
}
