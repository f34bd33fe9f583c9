package app.kith.store;

import app.kith.domain.Person;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/**
 * What {@link PersonMerges#merge} changed, so that its undo puts both people back as they were.
 *
 * @param keepBefore the person kept, as before the merge
 * @param other the person merged away, with every detail
 * @param otherAddedAt when the other was first added
 * @param movedInteractions the other's conversations that now name the kept person instead
 * @param sharedInteractions the conversations with both, which kept one participant
 * @param decisions the review decisions about the other, as (review, position)
 */
public record PersonMergeUndo(Person keepBefore, Person other, LocalDateTime otherAddedAt,
                              List<UUID> movedInteractions, List<UUID> sharedInteractions, List<UUID> favours,
                              List<UUID> followUps, List<Placed> decisions) {

    /** A review decision's place. */
    public record Placed(UUID review, int position) {
    }

    public PersonMergeUndo {
        movedInteractions = List.copyOf(movedInteractions);
        sharedInteractions = List.copyOf(sharedInteractions);
        favours = List.copyOf(favours);
        followUps = List.copyOf(followUps);
        decisions = List.copyOf(decisions);
    }
}
