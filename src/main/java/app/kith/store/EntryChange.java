package app.kith.store;

import app.kith.domain.Favour;
import app.kith.domain.Interaction;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What one simple write did to the entries, as they were before and are after: the conversations
 * and favours it removed and those it added. An edit is the old version removed and the new added.
 * Only fields a timeline keeps matter here, so a favour's link to a conversation is no change.
 */
record EntryChange(List<Interaction> removedInteractions, List<Interaction> addedInteractions,
                   List<Favour> removedFavours, List<Favour> addedFavours) {

    EntryChange {
        removedInteractions = List.copyOf(removedInteractions);
        addedInteractions = List.copyOf(addedInteractions);
        removedFavours = List.copyOf(removedFavours);
        addedFavours = List.copyOf(addedFavours);
    }

    static EntryChange added(Interaction interaction, List<Favour> favours) {
        return new EntryChange(List.of(), List.of(interaction), List.of(), favours);
    }

    static EntryChange removed(Interaction interaction) {
        return new EntryChange(List.of(interaction), List.of(), List.of(), List.of());
    }

    static EntryChange edited(Interaction before, Interaction after) {
        return new EntryChange(List.of(before), List.of(after), List.of(), List.of());
    }

    static EntryChange added(Favour favour) {
        return new EntryChange(List.of(), List.of(), List.of(), List.of(favour));
    }

    static EntryChange removed(Favour favour) {
        return new EntryChange(List.of(), List.of(), List.of(favour), List.of());
    }

    static EntryChange edited(Favour before, Favour after) {
        return new EntryChange(List.of(), List.of(), List.of(before), List.of(after));
    }

    /** Everyone whose entries changed: the people of every conversation, old and new, and of every favour. */
    Set<UUID> people() {
        Set<UUID> people = new LinkedHashSet<>();
        removedInteractions.forEach(interaction -> people.addAll(interaction.people()));
        addedInteractions.forEach(interaction -> people.addAll(interaction.people()));
        removedFavours.forEach(favour -> people.add(favour.person()));
        addedFavours.forEach(favour -> people.add(favour.person()));
        return people;
    }
}
