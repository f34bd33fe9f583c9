package app.kith.store;

import app.kith.domain.Favour;
import app.kith.domain.FollowUp;
import app.kith.domain.Interaction;
import app.kith.domain.Person;
import app.kith.domain.Review;
import java.util.List;
import java.util.function.Consumer;

/**
 * Entries to bring into the journal together (an archive's content): people first, then what names them.
 * A conversation, favour, follow-up or review may name people of this content or people already in the journal.
 */
public record JournalContent(
        List<Person> people,
        List<Interaction> interactions,
        List<Favour> favours,
        List<FollowUp> followUps,
        List<Review> reviews) implements ImportEntries {

    public JournalContent {
        people = List.copyOf(people);
        interactions = List.copyOf(interactions);
        favours = List.copyOf(favours);
        followUps = List.copyOf(followUps);
        reviews = List.copyOf(reviews);
    }

    @Override
    public long size() {
        return (long) people.size() + interactions.size() + favours.size() + followUps.size() + reviews.size();
    }

    @Override
    public void people(Consumer<Person> each) {
        people.forEach(each);
    }

    @Override
    public void interactions(Consumer<Interaction> each) {
        interactions.forEach(each);
    }

    @Override
    public void favours(Consumer<Favour> each) {
        favours.forEach(each);
    }

    @Override
    public void followUps(Consumer<FollowUp> each) {
        followUps.forEach(each);
    }

    @Override
    public void reviews(Consumer<Review> each) {
        reviews.forEach(each);
    }
}
