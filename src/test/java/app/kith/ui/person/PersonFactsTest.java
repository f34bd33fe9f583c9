package app.kith.ui.person;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.domain.PartialDate;
import app.kith.domain.Person;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PersonFactsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    @Test
    void aBirthdayReadsInTheUsersLocaleWithTheAgeToCome() {
        PartialDate born = new PartialDate(1982, 8, 10);

        assertThat(new PersonFacts(Locale.US).birthday(born, TODAY)).isEqualTo("August 10, 1982 · turns 45 on August 10");
        assertThat(new PersonFacts(Locale.UK).birthday(born, TODAY)).isEqualTo("10 August 1982 · turns 45 on 10 August");
        assertThat(new PersonFacts(Locale.UK).birthday(new PartialDate(null, 3, 14), TODAY)).isEqualTo("14 March");
        assertThat(new PersonFacts(Locale.UK).birthday(new PartialDate(1990, 12, 2), TODAY))
                .isEqualTo("2 December 1990 · 36 today");
    }

    @Test
    void onlyTheDetailsAPersonHasAreListed() {
        Person person = Person.builder().name("Maya Cole").title("Lead").organization("Acme")
                .emails(List.of("a@b.example", "c@d.example")).cadenceDays(30).build();

        List<PersonFacts.Fact> facts = new PersonFacts(Locale.UK).facts(person, TODAY);

        assertThat(facts).extracting(PersonFacts.Fact::label).containsExactly("Emails", "Cadence");
        assertThat(facts.get(0).text()).isEqualTo("a@b.example\nc@d.example");
        assertThat(PersonFacts.work(person)).isEqualTo("Lead at Acme");
        assertThat(PersonHeader.initials("maya van der Cole")).isEqualTo("MC");
    }
}
