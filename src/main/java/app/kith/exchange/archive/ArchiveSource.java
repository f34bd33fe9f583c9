package app.kith.exchange.archive;

import app.kith.domain.Favour;
import app.kith.domain.FollowUp;
import app.kith.domain.Interaction;
import app.kith.domain.Person;
import app.kith.domain.Review;
import java.util.function.Consumer;

/**
 * The entries an archive is written from, kind by kind and in the order they are to be written; each
 * method hands every entry of its kind to {@code each}, so that a journal can be streamed from its tables.
 */
public interface ArchiveSource {

    void people(Consumer<Person> each);

    void interactions(Consumer<Interaction> each);

    void favours(Consumer<Favour> each);

    void followUps(Consumer<FollowUp> each);

    void reviews(Consumer<Review> each);

    /** Content held in memory, in its lists' order. */
    static ArchiveSource of(ArchiveContent content) {
        return new ArchiveSource() {
            @Override
            public void people(Consumer<Person> each) {
                content.people().forEach(each);
            }

            @Override
            public void interactions(Consumer<Interaction> each) {
                content.interactions().forEach(each);
            }

            @Override
            public void favours(Consumer<Favour> each) {
                content.favours().forEach(each);
            }

            @Override
            public void followUps(Consumer<FollowUp> each) {
                content.followUps().forEach(each);
            }

            @Override
            public void reviews(Consumer<Review> each) {
                content.reviews().forEach(each);
            }
        };
    }
}
