package app.kith.exchange.archive;

import app.kith.domain.FollowUp;
import app.kith.domain.Favour;
import app.kith.domain.Interaction;
import app.kith.domain.Person;
import app.kith.domain.Review;
import java.util.List;

/** Everything a Kith archive holds, as domain records. */
public record ArchiveContent(
        List<Person> people,
        List<Interaction> interactions,
        List<Favour> favours,
        List<FollowUp> followUps,
        List<Review> reviews) {

    public ArchiveContent {
        people = List.copyOf(people);
        interactions = List.copyOf(interactions);
        favours = List.copyOf(favours);
        followUps = List.copyOf(followUps);
        reviews = List.copyOf(reviews);
    }

    public static ArchiveContent empty() {
        return new ArchiveContent(List.of(), List.of(), List.of(), List.of(), List.of());
    }
}
