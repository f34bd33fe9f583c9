package app.kith.ui.log;

import app.kith.domain.Person;
import app.kith.store.PersonSummary;
import java.util.UUID;

/**
 * Someone picked in the Log dialog: a person already in the journal, or a name typed for the first time,
 * who is added to the journal together with the entry.
 *
 * @param nickname shown beside the name in suggestions, or null
 * @param detail a muted hint in suggestions (organisation), or null
 */
public record PersonChoice(UUID id, String name, String nickname, String detail, boolean isNew) {

    static PersonChoice of(PersonSummary person) {
        return new PersonChoice(person.id(), person.name(), person.nickname(), person.organization(), false);
    }

    /** A new person with this name; the name is checked by the domain when it is saved. */
    static PersonChoice fresh(String name) {
        return new PersonChoice(UUID.randomUUID(), name.strip(), null, null, true);
    }

    /** The person to add to the journal (only for a new one). */
    Person newPerson() {
        return Person.builder().id(id).name(name).build();
    }
}
