package app.kith.sample;

import app.kith.domain.Favour;
import app.kith.domain.FollowUp;
import app.kith.domain.Interaction;
import app.kith.domain.Person;
import app.kith.domain.Review;
import app.kith.insight.HalfLife;
import app.kith.insight.JournalInsight;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The insight of a sample journal told in memory, written nowhere: for pages that explain the model with made-up
 * people while the person's own journal has nothing to show yet.
 */
public final class SampleInsight {

    private SampleInsight() {
    }

    /** The sample {@code spec} describes, as of {@code today}, scored with the default half-life. */
    public static JournalInsight of(SampleSpec spec, LocalDate today) {
        Collected journal = new Collected();
        new SampleStory(spec, today).tell(journal);
        return JournalInsight.compute(journal.people, journal.interactions, journal.favours, journal.followUps,
                Map.of(), today, HalfLife.DEFAULT.days());
    }

    /** Keeps the entries in lists. */
    private static final class Collected implements SampleSink {
        private final List<Person> people = new ArrayList<>();
        private final List<Interaction> interactions = new ArrayList<>();
        private final List<Favour> favours = new ArrayList<>();
        private final List<FollowUp> followUps = new ArrayList<>();

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
            // Past reviews only snooze; the page's examples do without them.
        }
    }
}
