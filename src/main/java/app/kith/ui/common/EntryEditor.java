package app.kith.ui.common;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/** Opens the Log dialog: for a new conversation or favour, or to edit one already written. */
public interface EntryEditor {

    /** A new conversation, with these people already filled in (none: the dialog starts empty). */
    default void logConversation(List<UUID> with) {
        logConversation(with, saved -> { });
    }

    /**
     * The same, telling {@code closed} (on the FX thread) once the dialog is gone: the id of the conversation saved,
     * or null when it was cancelled or could not open. The review records "logged" only for a saved one.
     */
    void logConversation(List<UUID> with, Consumer<UUID> closed);

    /** A favour on its own, with this person already filled in. */
    void logFavour(UUID with);

    /** The conversation with this id, for editing or deleting. */
    void editInteraction(UUID id);

    /** The favour with this id, for editing or deleting. */
    void editFavour(UUID id);
}
