package app.kith.sample;

import app.kith.domain.Favour;
import app.kith.domain.FollowUp;
import app.kith.domain.Interaction;
import app.kith.domain.Person;
import app.kith.domain.Review;

/**
 * Receives the sample journal as it is told: every person first, then each person's conversations
 * followed by their favours, then follow-ups and reviews. That order suits the database's
 * foreign keys; a test collects the entries in lists instead.
 */
interface SampleSink {

    void person(Person person);

    void interaction(Interaction interaction);

    void favour(Favour favour);

    void followUp(FollowUp followUp);

    void review(Review review);
}
