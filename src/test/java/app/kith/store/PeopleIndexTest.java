package app.kith.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.domain.Person;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Phones are read in E.164 form only when another number ends with the same digits: the matches must
 * be the ones reading every number gives.
 */
class PeopleIndexTest {

    @Test
    void theSameNumberInNationalAndInternationalFormMatches() {
        PeopleIndex index = new PeopleIndex(new MatchKeys("DE"));
        Person maya = withPhone("Maya Cole", "+49 30 1234567");
        index.addImported(index.keysOf(maya));

        PersonMatch match = index.find(withPhone("M. Cole", "030 1234567"));

        assertThat(match).isNotNull();
        assertThat(match.personId()).isEqualTo(maya.id());
        assertThat(match.by()).isEqualTo(MatchBy.PHONE);
    }

    @Test
    void differentNumbersWithTheSameLastDigitsDoNotMatch() {
        PeopleIndex index = new PeopleIndex(new MatchKeys("DE"));
        index.addImported(index.keysOf(withPhone("Maya Cole", "+49 30 1234567")));
        Person ben = withPhone("Ben Okafor", "+49 40 1234567");
        index.addImported(index.keysOf(ben));

        assertThat(index.find(withPhone("Someone", "+1 212 551 234567"))).isNull();
        assertThat(index.find(withPhone("Someone", "0221 1234567"))).isNull();
        assertThat(index.find(withPhone("B. Okafor", "040 123 45 67")).personId()).isEqualTo(ben.id());
    }

    @Test
    void theFirstPersonWithANumberIsTheOneFound() {
        PeopleIndex index = new PeopleIndex(new MatchKeys("DE"));
        Person first = withPhone("Maya Cole", "030 1234567");
        index.add(first.id(), first.name(), List.of(), first.phones(), true);
        index.addImported(index.keysOf(withPhone("Maya C.", "+49 (0)30 123-4567")));

        PersonMatch match = index.find(withPhone("Cole", "+49301234567"));

        assertThat(match.personId()).isEqualTo(first.id());
        assertThat(match.inJournal()).isTrue();
    }

    @Test
    void numbersThatMustBeReadFirstStillMatchTheirPlainForm() {
        assertMatch("DE", "+49 30 1234567 ext. 89", "030 1234567");
        assertMatch("US", "1-800-FLOWERS", "+1 800 356 9377");
        assertMatch("US", "(212) 555-0123", "＋１ ２１２ ５５５ ０１２３");
        assertMatch("AR", "011 15-2345-6789", "+54 9 11 2345-6789");
        assertMatch("DE", "12345", "1 2 3 4 5");
        assertMatch("GB", "+44 (0)20 7946 0958", "020 7946 0958");
    }

    @Test
    void theIndexMatchesExactlyWhenTheE164FormsAreEqual() {
        MatchKeys keys = new MatchKeys("DE");
        List<String> numbers = List.of("030 1234567", "+49 30 1234567", "0049 30 1234567", "+49 40 1234567",
                "+1 212 551 234567", "1234567", "+49 30 1234567;ext=2", "030/123 45 67", "+49 (0) 30 1234567 x3",
                "00 1 212 551 2345", "+12125512345", "0212 5512345", "551-2345", "+49-170-1234567", "0170 1234567");
        for (String a : numbers) {
            for (String b : numbers) {
                PeopleIndex index = new PeopleIndex(keys);
                index.addImported(index.keysOf(withPhone("A", a)));
                boolean same = keys.phone(a) != null && keys.phone(a).equals(keys.phone(b));
                assertThat(index.find(withPhone("B", b)) != null).as(a + " / " + b).isEqualTo(same);
            }
        }
    }

    private static void assertMatch(String region, String added, String found) {
        MatchKeys keys = new MatchKeys(region);
        assertThat(keys.phone(added)).as(added + " and " + found).isEqualTo(keys.phone(found));
        PeopleIndex index = new PeopleIndex(keys);
        index.addImported(index.keysOf(withPhone("Maya Cole", added)));
        assertThat(index.find(withPhone("Ben Okafor", found))).as(added + " found by " + found).isNotNull();
    }

    private static Person withPhone(String name, String phone) {
        return Person.builder().name(name).phones(List.of(phone)).build();
    }
}
