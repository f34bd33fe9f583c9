package app.kith.insight;

import app.kith.domain.Favour;
import app.kith.domain.Interaction;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Everything the insight model needs of one person's history, kept compact: their conversations
 * (day, depth, channel, initiator, minutes, group size, and the weight those give) and their favours
 * (day, direction, size, status), each in parallel arrays sorted by day. Scores walk these arrays
 * without allocating; the store keeps them encoded ({@link TimelineCodec}) beside the person, and
 * updates them one entry at a time.
 *
 * <p>Immutable: {@code with} and {@code without} return a new timeline. Entries are kept in a
 * canonical order, so a timeline built one entry at a time equals one built at once.
 */
public final class PersonTimeline {

    private final UUID person;
    final InteractionColumns interactions;
    final FavourColumns favours;

    PersonTimeline(UUID person, InteractionColumns interactions, FavourColumns favours) {
        this.person = Objects.requireNonNull(person, "person");
        this.interactions = interactions;
        this.favours = favours;
    }

    /** A person with nothing logged yet. */
    public static PersonTimeline empty(UUID person) {
        return new PersonTimeline(person, InteractionColumns.EMPTY, FavourColumns.EMPTY);
    }

    /** The person's timeline from the journal's entries; entries of other people are ignored. */
    public static PersonTimeline of(UUID person, Collection<Interaction> interactions, Collection<Favour> favours) {
        List<Interaction> theirs = new ArrayList<>();
        for (Interaction interaction : interactions) {
            if (interaction.people().contains(person)) {
                theirs.add(interaction);
            }
        }
        List<Favour> theirFavours = new ArrayList<>();
        for (Favour favour : favours) {
            if (favour.person().equals(person)) {
                theirFavours.add(favour);
            }
        }
        return new PersonTimeline(person, InteractionColumns.of(theirs), FavourColumns.of(theirFavours));
    }

    /** One timeline for every person named in an interaction or a favour. */
    public static Map<UUID, PersonTimeline> allOf(Collection<Interaction> interactions, Collection<Favour> favours) {
        Map<UUID, List<Interaction>> interactionsByPerson = new HashMap<>();
        for (Interaction interaction : interactions) {
            for (UUID person : interaction.people()) {
                interactionsByPerson.computeIfAbsent(person, key -> new ArrayList<>()).add(interaction);
            }
        }
        Map<UUID, List<Favour>> favoursByPerson = new HashMap<>();
        for (Favour favour : favours) {
            favoursByPerson.computeIfAbsent(favour.person(), key -> new ArrayList<>()).add(favour);
        }
        Map<UUID, PersonTimeline> timelines = new HashMap<>();
        interactionsByPerson.forEach((person, list) -> timelines.put(person, new PersonTimeline(person,
                InteractionColumns.of(list), FavourColumns.of(favoursByPerson.getOrDefault(person, List.of())))));
        favoursByPerson.forEach((person, list) -> timelines.computeIfAbsent(person,
                key -> new PersonTimeline(person, InteractionColumns.EMPTY, FavourColumns.of(list))));
        return timelines;
    }

    public UUID person() {
        return person;
    }

    /** This timeline with the conversation added; it must include the person. */
    public PersonTimeline with(Interaction interaction) {
        requireParticipant(interaction);
        return new PersonTimeline(person, interactions.with(InteractionColumns.single(interaction)), favours);
    }

    /**
     * This timeline without the conversation, as it was when it was added (to edit one, remove the
     * old version and add the new; when its people change, the group size changes for all of them).
     *
     * @throws IllegalArgumentException when the timeline holds no such conversation
     */
    public PersonTimeline without(Interaction interaction) {
        requireParticipant(interaction);
        int at = interactions.indexOf(InteractionColumns.single(interaction));
        if (at < 0) {
            throw new IllegalArgumentException("the timeline of " + person + " holds no conversation like the one on "
                    + interaction.date());
        }
        return new PersonTimeline(person, interactions.without(at), favours);
    }

    /** This timeline with the favour added; it must be the person's. */
    public PersonTimeline with(Favour favour) {
        requireOwner(favour);
        return new PersonTimeline(person, interactions, favours.with(FavourColumns.single(favour)));
    }

    /**
     * This timeline without the favour, as it was when it was added (a promise that is kept is
     * removed as promised and added as done).
     *
     * @throws IllegalArgumentException when the timeline holds no such favour
     */
    public PersonTimeline without(Favour favour) {
        requireOwner(favour);
        int at = favours.indexOf(FavourColumns.single(favour));
        if (at < 0) {
            throw new IllegalArgumentException("the timeline of " + person + " holds no favour like the one on "
                    + favour.date());
        }
        return new PersonTimeline(person, interactions, favours.without(at));
    }

    /** Every conversation logged, future-dated ones included. */
    public int interactionCount() {
        return interactions.size();
    }

    /** Every favour logged, future-dated ones included. */
    public int favourCount() {
        return favours.size();
    }

    /** The earliest conversation's date, or null. */
    public LocalDate firstInteraction() {
        return interactions.size() == 0 ? null : interactions.date(0);
    }

    /** The latest conversation's date, future-dated ones included, or null. */
    public LocalDate lastInteraction() {
        return interactions.size() == 0 ? null : interactions.date(interactions.size() - 1);
    }

    /**
     * The latest conversation's date on or before the day, or null: what a list shows as "last
     * talked" while planned (future-dated) conversations are not yet due.
     */
    public LocalDate lastInteractionOnOrBefore(LocalDate day) {
        int count = interactions.countUpTo(Days.of(day));
        return count == 0 ? null : interactions.date(count - 1);
    }

    /** True when nothing is logged: no conversation and no favour. */
    public boolean isEmpty() {
        return interactions.size() == 0 && favours.size() == 0;
    }

    private void requireParticipant(Interaction interaction) {
        if (!interaction.people().contains(person)) {
            throw new IllegalArgumentException("the conversation on " + interaction.date()
                    + " does not include " + person);
        }
    }

    private void requireOwner(Favour favour) {
        if (!favour.person().equals(person)) {
            throw new IllegalArgumentException("the favour on " + favour.date() + " is not " + person + "'s");
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PersonTimeline that && person.equals(that.person)
                && interactions.sameEntries(that.interactions) && favours.sameEntries(that.favours);
    }

    @Override
    public int hashCode() {
        return Objects.hash(person, interactions.entriesHash(), favours.entriesHash());
    }

    @Override
    public String toString() {
        return "PersonTimeline[" + person + ", " + interactions.size() + " conversations, "
                + favours.size() + " favours]";
    }
}
