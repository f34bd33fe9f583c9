package app.kith.sample;

import app.kith.domain.Favour;
import app.kith.domain.FollowUp;
import app.kith.domain.Interaction;
import app.kith.domain.Person;
import app.kith.domain.Review;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A sample story told into lists in memory, written nowhere. */
class ToldSample implements SampleSink {

    final List<Person> people = new ArrayList<>();
    final List<Interaction> interactions = new ArrayList<>();
    final List<Favour> favours = new ArrayList<>();
    final List<FollowUp> followUps = new ArrayList<>();
    final List<Review> reviews = new ArrayList<>();

    /** Tells the story {@code spec} describes, as of {@code today}, into these lists. */
    final void collect(SampleSpec spec, LocalDate today) {
        new SampleStory(spec, today).tell(this);
    }

    @Override
    public void person(Person person) {
        people.add(person);
    }

    @Override
    public void interaction(Interaction interaction) {
        interactions.add(interaction);
    }

    @Override
    public void favour(Favour favour) {
        favours.add(favour);
    }

    @Override
    public void followUp(FollowUp followUp) {
        followUps.add(followUp);
    }

    @Override
    public void review(Review review) {
        reviews.add(review);
    }
}
