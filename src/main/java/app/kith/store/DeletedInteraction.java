package app.kith.store;

import app.kith.domain.Interaction;
import java.util.List;
import java.util.UUID;

/**
 * A conversation that was deleted, with what is needed to put it back as it was.
 *
 * @param linkedFavours the favours that came up in it: deleting it unlinked them, restoring links them again
 */
public record DeletedInteraction(Interaction interaction, List<UUID> linkedFavours) {

    public DeletedInteraction {
        linkedFavours = List.copyOf(linkedFavours);
    }
}
