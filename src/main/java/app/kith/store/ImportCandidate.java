package app.kith.store;

import app.kith.domain.Person;

/**
 * A person an import would bring in, the person they match (or null), and what the user chose for the match.
 */
public record ImportCandidate(Person person, PersonMatch match, MatchChoice choice) {

    public ImportCandidate withChoice(MatchChoice other) {
        return new ImportCandidate(person, match, other);
    }
}
