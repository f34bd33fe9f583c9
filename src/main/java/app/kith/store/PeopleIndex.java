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
 * worked out once ({@link #keysOf}) for both the look-up and the adding. Reading a phone number in
 * E.164 form is the costly part of an import's matching, so phones are grouped by their last digits
 * first and only numbers that share a group are read ({@link PhoneKey}); the first person added with
 * a number is the one found by it, as for emails and names.
 */
public final class PeopleIndex {

    /** What one person is found by: their emails, phones in E.164 form, and name without case or accents. */
    public static final class Keys {
        private final UUID id;
        private final String name;
        private final String nameKey;
        private final List<String> emails;
        private final List<PhoneKey> phones;

        private Keys(UUID id, String name, List<String> emails, List<String> phones, MatchKeys keys) {
            this.id = id;
            this.name = name;
            this.nameKey = MatchKeys.name(name);
            this.emails = emails.stream().map(MatchKeys::email).toList();
            List<PhoneKey> phoneKeys = new ArrayList<>(phones.size());
            for (String phone : phones) {
                PhoneKey key = PhoneKey.of(phone, keys);
                if (key != null) {
                    phoneKeys.add(key);
                }
            }
            this.phones = phoneKeys;
        }
    }

    /** A number someone was added with, and who. */
    private record PhoneOf(PhoneKey phone, PersonMatch match) {
    }

    private final MatchKeys keys;
    private final Map<String, PersonMatch> emails = new HashMap<>();
    /** By the phones' tails: the numbers that may have the same key, in the order they were added. */
    private final Map<String, List<PhoneOf>> phones = new HashMap<>();
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
        for (PhoneKey phone : person.phones) {
            PhoneOf found = sameNumber(phone);
            if (found != null) {
                return found.match();
            }
        }
        return names.get(person.nameKey);
    }

    /** The first number added with the same key, or null. */
    private PhoneOf sameNumber(PhoneKey phone) {
        List<PhoneOf> sameTail = phones.get(phone.tail());
        if (sameTail != null) {
            for (PhoneOf added : sameTail) {
                if (added.phone().key().equals(phone.key())) {
                    return added;
                }
            }
        }
        return null;
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
        for (PhoneKey phone : person.phones) {
            if (sameNumber(phone) == null) {
                phones.computeIfAbsent(phone.tail(), tail -> new ArrayList<>(1))
                        .add(new PhoneOf(phone, new PersonMatch(person.id, person.name, MatchBy.PHONE, inJournal)));
            }
        }
    }
}
