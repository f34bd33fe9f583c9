package app.kith.insight;

import app.kith.domain.Channel;
import app.kith.domain.Depth;
import app.kith.domain.Favour;
import app.kith.domain.FavourDirection;
import app.kith.domain.FavourKind;
import app.kith.domain.FavourSize;
import app.kith.domain.FavourStatus;
import app.kith.domain.FollowUp;
import app.kith.domain.Initiator;
import app.kith.domain.Interaction;
import app.kith.domain.Person;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A small journal built entry by entry in a test, with ids in creation order and days counted back from T. */
final class TestJournal {

    /** The as-of date most tests use. */
    static final LocalDate T = LocalDate.of(2026, 11, 22);

    final List<Person> people = new ArrayList<>();
    final List<Interaction> interactions = new ArrayList<>();
    final List<Favour> favours = new ArrayList<>();
    final List<FollowUp> followUps = new ArrayList<>();
    final Map<UUID, LocalDate> snoozedUntil = new HashMap<>();
    private long nextId;

    private UUID nextId() {
        return new UUID(0, ++nextId);
    }

    Person person(String name) {
        return person(Person.builder().name(name));
    }

    Person person(Person.Builder builder) {
        Person person = builder.id(nextId()).build();
        people.add(person);
        return person;
    }

    /** A conversation {@code daysAgo} days before T, length and initiator not noted. */
    Interaction talk(int daysAgo, Depth depth, Channel channel, Person... with) {
        return talk(T.minusDays(daysAgo), depth, channel, null, null, with);
    }

    Interaction talk(int daysAgo, Depth depth, Channel channel, Initiator initiator, Person... with) {
        return talk(T.minusDays(daysAgo), depth, channel, initiator, null, with);
    }

    Interaction talk(LocalDate date, Depth depth, Channel channel, Initiator initiator, Integer minutes,
                     Person... with) {
        Interaction interaction = new Interaction(nextId(), date, null, channel, depth, initiator, minutes,
                Arrays.stream(with).map(Person::id).toList(), null);
        interactions.add(interaction);
        return interaction;
    }

    Favour favour(Person person, int daysAgo, FavourDirection direction, FavourSize size, FavourStatus status) {
        return favour(person, T.minusDays(daysAgo), direction, size, status);
    }

    Favour favour(Person person, LocalDate date, FavourDirection direction, FavourSize size, FavourStatus status) {
        Favour favour = new Favour(nextId(), date, person.id(), direction, size, FavourKind.HELP, null, status, null);
        favours.add(favour);
        return favour;
    }

    FollowUp followUp(Person person, LocalDate due, boolean done) {
        FollowUp followUp = new FollowUp(nextId(), person.id(), due, "call back", done);
        followUps.add(followUp);
        return followUp;
    }

    void snooze(Person person, LocalDate until) {
        snoozedUntil.put(person.id(), until);
    }

    JournalInsight at(LocalDate asOf) {
        return at(asOf, HalfLife.DEFAULT.days());
    }

    JournalInsight at(LocalDate asOf, int halfLifeDays) {
        return JournalInsight.compute(people, interactions, favours, followUps, snoozedUntil, asOf, halfLifeDays);
    }

    /** The person's insight as of T with the default half-life. */
    PersonInsight insight(Person person) {
        return at(T).of(person.id());
    }

    PersonTimeline timeline(Person person) {
        return PersonTimeline.of(person.id(), interactions, favours);
    }
}
