package app.kith.store;

import app.kith.domain.Person;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Finds the person someone matches, by email, then phone, then name (see {@link MatchKeys}): the
 * journal's people, and the people an import has read so far, added as it goes.
 */
public final class PeopleIndex {

    private final MatchKeys keys;
    private final Map<String, PersonMatch> emails = new HashMap<>();
    private final Map<String, PersonMatch> phones = new HashMap<>();
    private final Map<String, PersonMatch> names = new HashMap<>();

    PeopleIndex(MatchKeys keys) {
        this.keys = keys;
    }

    /** An index of nobody: a dry run where there is no journal yet. */
    public static PeopleIndex empty(MatchKeys keys) {
        return new PeopleIndex(keys);
    }

    /** The person this one matches, or null. */
    public PersonMatch find(Person person) {
        for (String email : person.emails()) {
            PersonMatch found = emails.get(MatchKeys.email(email));
            if (found != null) {
                return found;
            }
        }
        for (String phone : person.phones()) {
            String key = keys.phone(phone);
            PersonMatch found = key == null ? null : phones.get(key);
            if (found != null) {
                return found;
            }
        }
        return names.get(MatchKeys.name(person.name()));
    }

    /** Someone read in this import, whom later records may match. */
    public void addImported(Person person) {
        add(person.id(), person.name(), person.emails(), person.phones(), false);
    }

    void add(UUID id, String name, List<String> personEmails, List<String> personPhones, boolean inJournal) {
        names.putIfAbsent(MatchKeys.name(name), new PersonMatch(id, name, MatchBy.NAME, inJournal));
        for (String email : personEmails) {
            emails.putIfAbsent(MatchKeys.email(email), new PersonMatch(id, name, MatchBy.EMAIL, inJournal));
        }
        for (String phone : personPhones) {
            String key = keys.phone(phone);
            if (key != null) {
                phones.putIfAbsent(key, new PersonMatch(id, name, MatchBy.PHONE, inJournal));
            }
        }
    }
}
