package app.kith.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.domain.Channel;
import app.kith.domain.Depth;
import app.kith.domain.Favour;
import app.kith.domain.FavourDirection;
import app.kith.domain.FavourKind;
import app.kith.domain.FavourSize;
import app.kith.domain.FavourStatus;
import app.kith.domain.FollowUp;
import app.kith.domain.ImportantDate;
import app.kith.domain.Interaction;
import app.kith.domain.PartialDate;
import app.kith.domain.Person;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** kith merge and the window's merge: two people made one keep everything of both, and undo parts them again. */
class PersonMergesTest extends JournalTest {

    @Test
    void aMergeKeepsEveryConversationFavourFollowUpDateAndFieldOfBoth() {
        Person bob = person(Person.builder().name("Bob Smith").emails(List.of("bob@example.org"))
                .organization("Acme").birthday(PartialDate.parse("--05-01")).tags(List.of("work")));
        Person robert = person(Person.builder().name("Robert Smith").emails(List.of("robert@example.org"))
                .phones(List.of("+1 555 0100")).organization("Globex").title("CTO").notes("Plays chess.")
                .dates(List.of(new ImportantDate("anniversary", PartialDate.parse("2014-06-12"))))
                .tags(List.of("chess")));
        Person ann = addPerson("Ann");
        Interaction together = talk(List.of(bob.id(), robert.id(), ann.id()));
        Interaction withRobert = talk(List.of(robert.id()));
        Favour lent = new Favour(UUID.randomUUID(), TODAY.minusDays(3), robert.id(), FavourDirection.GIVEN,
                FavourSize.MEDIUM, FavourKind.LOAN, "a book", FavourStatus.DONE, null);
        journal.favours().add(lent);
        FollowUp call = new FollowUp(UUID.randomUUID(), robert.id(), TODAY.plusDays(2), "call back", false);
        journal.followUps().add(call);

        PersonMergeUndo undo = journal.merges().merge(bob.id(), robert.id());

        Person merged = journal.people().get(bob.id()).orElseThrow();
        assertThat(journal.people().get(robert.id())).isEmpty();
        assertThat(merged.emails()).containsExactly("bob@example.org", "robert@example.org");
        assertThat(merged.phones()).containsExactly("+1 555 0100");
        assertThat(merged.organization()).isEqualTo("Acme");
        assertThat(merged.title()).isEqualTo("CTO");
        assertThat(merged.tags()).containsExactlyInAnyOrder("work", "chess");
        assertThat(merged.dates()).hasSize(1);
        assertThat(merged.notes()).contains("Plays chess.").contains("Merged with Robert Smith, who also had:")
                .contains("name Robert Smith").contains("organisation Globex");
        assertThat(journal.interactions().forPerson(bob.id(), 0, 100)).extracting(Interaction::id)
                .containsExactlyInAnyOrder(together.id(), withRobert.id());
        // The dinner with both keeps one of them: two people now, Bob and Ann.
        assertThat(journal.interactions().forPerson(ann.id(), 0, 100).get(0).people())
                .containsExactlyInAnyOrder(bob.id(), ann.id());
        assertThat(journal.favours().forPerson(bob.id())).extracting(Favour::id).containsExactly(lent.id());
        assertThat(journal.followUps().forPerson(bob.id())).extracting(FollowUp::id).containsExactly(call.id());
        assertThat(journal.digests().stored()).isEqualTo(journal.digests().recomputed());

        journal.merges().undo(undo);

        assertThat(journal.people().get(bob.id()).orElseThrow()).isEqualTo(bob);
        assertThat(journal.people().get(robert.id()).orElseThrow()).isEqualTo(robert);
        assertThat(journal.interactions().forPerson(robert.id(), 0, 100)).extracting(Interaction::id)
                .containsExactlyInAnyOrder(together.id(), withRobert.id());
        assertThat(journal.favours().forPerson(robert.id())).extracting(Favour::id).containsExactly(lent.id());
        assertThat(journal.followUps().forPerson(robert.id())).extracting(FollowUp::id).containsExactly(call.id());
        assertThat(journal.digests().stored()).isEqualTo(journal.digests().recomputed());
    }

    @Test
    void duplicatesAreFoundBySharedEmailOrPhoneAndBySimilarNames() {
        person(Person.builder().name("Bob Smith"));
        person(Person.builder().name("Robert Smith"));
        person(Person.builder().name("Jürgen Müller"));
        person(Person.builder().name("Juergen Mueller").phones(List.of("+49 30 1234567")));
        person(Person.builder().name("A. Lind").emails(List.of("Rosa@Example.org")));
        person(Person.builder().name("Rosa Lind").emails(List.of("rosa@example.org")));
        person(Person.builder().name("Someone Else").phones(List.of("+1 555 0100")));

        List<DuplicatePair> pairs = journal.duplicates().find(new MatchKeys("DE"));

        assertThat(pairs).extracting(p -> List.of(p.first().name(), p.second().name(), p.why()))
                .containsExactlyInAnyOrder(
                        List.of("A. Lind", "Rosa Lind", List.of(MatchBy.EMAIL)),
                        List.of("Bob Smith", "Robert Smith", List.of(MatchBy.NAME)),
                        List.of("Juergen Mueller", "Jürgen Müller", List.of(MatchBy.NAME)));
    }

    private Person person(Person.Builder builder) {
        Person person = builder.build();
        journal.people().add(person);
        return person;
    }

    private Interaction talk(List<UUID> people) {
        Interaction talk = new Interaction(UUID.randomUUID(), TODAY.minusDays(people.size()), null, Channel.IN_PERSON,
                Depth.DEEP, null, 60, people, null);
        journal.interactions().add(talk);
        return talk;
    }
}
