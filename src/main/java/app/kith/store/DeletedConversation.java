package app.kith.store;

import app.kith.domain.Favour;
import app.kith.domain.Interaction;
import java.util.List;

/**
 * A conversation deleted together with the favours that came up in it, kept whole so that undo can put
 * every part back as it was.
 */
public record DeletedConversation(Interaction interaction, List<Favour> favours) {

    public DeletedConversation {
        favours = List.copyOf(favours);
    }
}
