package app.kith.store;

import app.kith.domain.Person;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Finds the person someone matches, by email, then phone, then name (see {@link MatchKeys}): the
 * journal's people, and the people an import has read so far, added as it goes. A person's keys are
 * worked out once ({@link #keysOf}) for both the look-up and the adding: reading a phone number in
 * E.164 form is the costly part of an import's matching.
 */
public final class PeopleIndex {

    /** What one person is found by: their emails, phones in E.164 form, and name without case or accents. */
    public static final class Keys {
        private final UUID id;
        private final String name;
        private final String nameKey;
        private final List<String> emails;
        private final List<String> phones;

        private Keys(UUID id, String name, List<String> emails, List<String> phones, MatchKeys keys) {
            this.id = id;
            this.name = name;
            this.nameKey = MatchKeys.name(name);
            this.emails = emails.stream().map(MatchKeys::email).toList();
            List<String> phoneKeys = new ArrayList<>(phones.size());
            for (String phone : phones) {
                String key = keys.phone(phone);
                if (key != null) {
                    phoneKeys.add(key);
                }
            }
            this.phones = phoneKeys;
        }
    }

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

    /** The person's keys, for {@link #find(Keys)} and {@link #addImported(Keys)}. */
    public Keys keysOf(Person person) {
        return new Keys(person.id(), person.name(), person.emails(), person.phones(), keys);
    }

    /** The person this one matches, or null. */
    public PersonMatch find(Person person) {
        return find(keysOf(person));
    }

    /** The person with these keys matches, or null. */
    public PersonMatch find(Keys person) {
        for (String email : person.emails) {
            PersonMatch found = emails.get(email);
            if (found != null) {
                return found;
            }
        }
        for (String phone : person.phones) {
            PersonMatch found = phones.get(phone);
            if (found != null) {
                return found;
            }
        }
        return names.get(person.nameKey);
    }

    /** Someone read in this import, whom later records may match. */
    public void addImported(Keys person) {
        add(person, false);
    }

    void add(UUID id, String name, List<String> personEmails, List<String> personPhones, boolean inJournal) {
        add(new Keys(id, name, personEmails, personPhones, keys), inJournal);
    }

    private void add(Keys person, boolean inJournal) {
        names.putIfAbsent(person.nameKey, new PersonMatch(person.id, person.name, MatchBy.NAME, inJournal));
        for (String email : person.emails) {
            emails.putIfAbsent(email, new PersonMatch(person.id, person.name, MatchBy.EMAIL, inJournal));
        }
        for (String phone : person.phones) {
            phones.putIfAbsent(phone, new PersonMatch(person.id, person.name, MatchBy.PHONE, inJournal));
        }
    }
}
