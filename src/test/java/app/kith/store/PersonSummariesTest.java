package app.kith.store;

import app.kith.domain.Person;
import app.kith.domain.Ring;
import java.util.List;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

class PersonSummariesTest extends JournalTest {

    @Test
    void aSummaryCarriesWhatThePeopleListShows() {
        Person zoe = Person.builder().name("Zoë").nickname("Zo").organization("Ørsted")
                .emails(List.of("z@example.org", "zoe@work.example")).tags(List.of("work", "Book club"))
                .kin(true).ring(Ring.FIVE).archived(true).build();
        journal.people().add(zoe);
        logTalk(TODAY.minusDays(40), zoe);
        logTalk(TODAY.minusDays(3), zoe);

        assertThat(journal.people().summaries()).containsExactly(new PersonSummary(zoe.id(), "Zoë", "Zo", "Ørsted",
                List.of("z@example.org", "zoe@work.example"), List.of("Book club", "work"), true, true, Ring.FIVE,
                TODAY, TODAY.minusDays(3)));
    }

    @Test
    void someoneWithoutConversationsHasNoLastOneAndEmptyLists() {
        Person ada = addPerson("Ada");

        PersonSummary summary = journal.people().summaries().get(0);

        assertThat(summary.id()).isEqualTo(ada.id());
        assertThat(summary.lastInteraction()).isNull();
        assertThat(summary.emails()).isEmpty();
        assertThat(summary.tags()).isEmpty();
        assertThat(summary.ring()).isNull();
        assertThat(summary.archived()).isFalse();
    }

    @Test
    void aPlannedConversationDoesNotCountAsTheLastOne() {
        Person ada = addPerson("Ada");
        logTalk(TODAY.minusDays(10), ada);
        logTalk(TODAY.plusDays(5), ada);
        Person bea = addPerson("Bea");
        logTalk(TODAY, bea);

        assertThat(journal.people().summaries()).extracting(PersonSummary::lastInteraction)
                .containsExactly(TODAY.minusDays(10), TODAY);
    }

    @Test
    void aGroupConversationCountsForEveryoneInIt() {
        Person ada = addPerson("Ada");
        Person bea = addPerson("Bea");
        logTalk(TODAY.minusDays(20), ada);
        logTalk(TODAY.minusDays(2), ada, bea);

        assertThat(journal.people().summaries()).extracting(PersonSummary::lastInteraction)
                .containsExactly(TODAY.minusDays(2), TODAY.minusDays(2));
    }

    @Test
    void everyoneIsListedOnceInNameOrderWithoutRegardToCase() {
        Person bob = addPerson("bob");
        Person ada = addPerson("Ada");
        Person cy = addPerson("Cy");
        journal.people().setArchived(cy.id(), true);

        assertThat(journal.people().summaries()).extracting(PersonSummary::id)
                .containsExactly(ada.id(), bob.id(), cy.id());
    }

    @Test
    void anEmptyJournalHasNoSummaries() {
        assertThat(journal.people().summaries()).isEmpty();
    }
}
