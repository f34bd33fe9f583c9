package app.kith.ui.common;

import java.util.List;
import java.util.UUID;

/** Opens the Log dialog: for a new conversation or favour, or to edit one already written. */
public interface EntryEditor {

    /** A new conversation, with these people already filled in (none: the dialog starts empty). */
    void logConversation(List<UUID> with);

    /** A favour on its own, with this person already filled in. */
    void logFavour(UUID with);

    /** The conversation with this id, for editing or deleting. */
    void editInteraction(UUID id);

    /** The favour with this id, for editing or deleting. */
    void editFavour(UUID id);
}
