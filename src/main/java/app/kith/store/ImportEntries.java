package app.kith.store;

import app.kith.domain.Favour;
import app.kith.domain.FollowUp;
import app.kith.domain.Interaction;
import app.kith.domain.Person;
import app.kith.domain.Review;
import java.util.function.Consumer;

/**
 * Entries to bring into the journal together, handed over kind by kind in the order the journal takes them
 * (people first, then what names them), so that a large archive can be streamed from its file rather than
 * held in memory. A conversation, favour, follow-up or review may name people of these entries or people
 * already in the journal.
 */
public interface ImportEntries {

    /** How many entries of all kinds there are, for the progress. */
    long size();

    void people(Consumer<Person> each);

    void interactions(Consumer<Interaction> each);

    void favours(Consumer<Favour> each);

    void followUps(Consumer<FollowUp> each);

    void reviews(Consumer<Review> each);
}
