package app.kith.sample;

import app.kith.domain.Favour;
import app.kith.domain.FollowUp;
import app.kith.domain.Interaction;
import app.kith.domain.Review;
import java.time.LocalDate;
import java.util.List;

/**
 * The pure part of the sample: decides who is in the journal and what happened when, and hands
 * it to a sink. It knows nothing of the database, so it can be tested on its own; the same spec
 * and day always tell the same story.
 */
final class SampleStory {

    private final SampleSpec spec;
    private final LocalDate today;

    SampleStory(SampleSpec spec, LocalDate today) {
        this.spec = spec;
        this.today = today;
    }

    void tell(SampleSink sink) {
        Dice dice = new Dice(spec.seed());
        SampleIds ids = new SampleIds(dice.split());
        List<CastMember> cast = new Casting(dice.split(), ids, today, spec.years()).cast(spec.people());
        Dice favourDice = dice.split();
        int[] interactions = Allotment.interactions(cast, spec.interactions(), today);
        int[] favours = Allotment.favours(cast, spec.favours(), favourDice);
        cast.forEach(member -> sink.person(member.person()));

        Conversations conversations = new Conversations(dice.split(), ids, new Circles(cast));
        Favours favourMaker = new Favours(dice.split(), ids, today);
        for (int i = 0; i < cast.size(); i++) {
            List<Interaction> theirs = conversations.with(cast.get(i), interactions[i]);
            theirs.forEach(sink::interaction);
            for (Favour favour : favourMaker.with(cast.get(i), favours[i], theirs)) {
                sink.favour(favour);
            }
        }

        Reminders reminders = new Reminders(dice.split(), ids, today);
        for (FollowUp followUp : reminders.followUps(cast)) {
            sink.followUp(followUp);
        }
        for (Review review : reminders.reviews(cast, today.minusYears(spec.years()))) {
            sink.review(review);
        }
    }
}
