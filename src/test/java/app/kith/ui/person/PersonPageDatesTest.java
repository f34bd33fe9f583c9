package app.kith.ui.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import app.kith.domain.Channel;
import app.kith.domain.Depth;
import app.kith.domain.ImportantDate;
import app.kith.domain.Initiator;
import app.kith.domain.Interaction;
import app.kith.domain.PartialDate;
import app.kith.domain.Person;
import app.kith.store.TimelineEntry;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A person's page shows its dates (facts, timeline) in the user's locale: the US, Britain and Germany. */
class PersonPageDatesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "en-US | September 23, 2019 | March 14, 1986 · turns 41 on March 14 | June 5 | July 1, 2015",
        "en-GB | 23 September 2019 | 14 March 1986 · turns 41 on 14 March | 5 June | 1 July 2015",
        "de-DE | 23. September 2019 | 14. März 1986 · turns 41 on 14. März | 5. Juni | 1. Juli 2015",
    })
    void factsSayTheirDatesInTheLocale(String tag, String met, String birthday, String nameDay, String wedding) {
        Person person = Person.builder().name("Maya Cole").metOn(LocalDate.of(2019, 9, 23))
                .birthday(new PartialDate(1986, 3, 14))
                .dates(List.of(new ImportantDate("name day", new PartialDate(null, 6, 5)),
                        new ImportantDate("wedding", new PartialDate(2015, 7, 1))))
                .build();

        List<PersonFacts.Fact> facts = new PersonFacts(Locale.forLanguageTag(tag)).facts(person, TODAY);

        assertThat(facts).extracting(PersonFacts.Fact::label, PersonFacts.Fact::text).containsExactly(
                tuple("Birthday", birthday),
                tuple("How we met", met),
                tuple("Name day", nameDay),
                tuple("Wedding", wedding));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "en-US | November 2026 | Mon, 23",
        "en-GB | November 2026 | Mon, 23",
        "de-DE | November 2026 | Mo., 23.",
    })
    void theTimelineHeadsMonthsAndDaysInTheLocale(String tag, String month, String day) {
        Person maya = Person.builder().name("Maya Cole").build();
        Interaction talk = Interaction.create(LocalDate.of(2026, 11, 23), Channel.CALL, Depth.PERSONAL,
                Initiator.ME, null, List.of(maya.id()), null);

        List<TimelineRows.Row> rows = new TimelineRows(maya.id(), Locale.forLanguageTag(tag))
                .rows(List.of(new TimelineEntry.Conversation(talk)), Map.of(), null);

        assertThat(((TimelineRows.Month) rows.get(0)).title()).isEqualTo(month);
        assertThat(((TimelineRows.Conversation) rows.get(1)).day()).isEqualTo(day);
    }
}
