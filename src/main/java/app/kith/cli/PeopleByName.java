package app.kith.cli;

import app.kith.store.PersonSummary;
import java.util.List;
import java.util.Locale;
import java.util.function.BiPredicate;

/**
 * Finds a person from what someone typed: case-insensitively on the name or nickname, an exact match first,
 * then a unique prefix, then a unique part of the name. An unknown or ambiguous name is a {@link WrongValue}
 * that lists the candidates.
 */
final class PeopleByName {

    private static final int LISTED = 8;

    private final List<PersonSummary> people;

    /** @param people everyone, in the order candidates are to be listed */
    PeopleByName(List<PersonSummary> people) {
        this.people = people;
    }

    PersonSummary find(String typed) {
        String wanted = typed.strip().toLowerCase(Locale.ROOT);
        if (wanted.isEmpty()) {
            throw new WrongValue("A name cannot be empty.");
        }
        List<BiPredicate<String, String>> tests = List.of(String::equals, String::startsWith, String::contains);
        for (BiPredicate<String, String> test : tests) {
            List<PersonSummary> found = people.stream().filter(p -> matches(p, wanted, test)).toList();
            if (found.size() == 1) {
                return found.get(0);
            }
            if (found.size() > 1) {
                throw new WrongValue("\"" + typed + "\" matches " + Words.count(found.size(), "person", "people")
                        + ": " + names(found) + " — use more of the name.");
            }
        }
        throw new WrongValue("No one in the journal is called \"" + typed + "\": check the spelling (kith people"
                + " lists everyone), or add them first with kith add \"" + typed + "\".");
    }

    private static boolean matches(PersonSummary person, String wanted, BiPredicate<String, String> test) {
        return test.test(person.name().toLowerCase(Locale.ROOT), wanted)
                || person.nickname() != null && test.test(person.nickname().toLowerCase(Locale.ROOT), wanted);
    }

    private static String names(List<PersonSummary> found) {
        String listed = String.join(", ", found.stream().limit(LISTED)
                .map(p -> p.nickname() == null ? p.name() : p.name() + " (" + p.nickname() + ")").toList());
        return found.size() > LISTED ? listed + " and " + (found.size() - LISTED) + " more" : listed;
    }
}
