package app.kith.store;

import app.kith.domain.Favour;
import app.kith.domain.FollowUp;
import app.kith.domain.Person;
import app.kith.domain.ReviewDecision;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A person taken out of the journal, with everything that went with them, so that
 * {@link PersonRepository#restore} can put it all back as it was.
 *
 * @param addedAt when the person was first added, kept so a restored person keeps their place
 * @param soloInteractions the conversations they alone took part in, deleted with them
 * @param sharedInteractions the conversations with others that they were taken out of
 * @param favours their favours, deleted with them
 * @param followUps their follow-ups, deleted with them
 * @param decisions what reviews had decided for them, deleted with them
 */
public record PersonRemoval(
        Person person,
        LocalDateTime addedAt,
        List<DeletedInteraction> soloInteractions,
        List<UUID> sharedInteractions,
        List<Favour> favours,
        List<FollowUp> followUps,
        List<PlacedDecision> decisions) {

    public PersonRemoval {
        soloInteractions = List.copyOf(soloInteractions);
        sharedInteractions = List.copyOf(sharedInteractions);
        favours = List.copyOf(favours);
        followUps = List.copyOf(followUps);
        decisions = List.copyOf(decisions);
    }

    /** A review's decision about the person, with its place in that review. */
    public record PlacedDecision(UUID review, int position, ReviewDecision decision) {
    }
}
