package app.kith.store;

import app.kith.domain.ImportantDate;
import app.kith.domain.PartialDate;
import app.kith.domain.Person;
import app.kith.domain.Photo;
import app.kith.domain.Ring;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PersonRepositoryTest extends JournalTest {

    /** Every field filled; tags given in the order the journal returns them (it keeps them as a set). */
    static Person everything() {
        byte[] png = new byte[300_000];
        for (int i = 0; i < png.length; i++) {
            png[i] = (byte) (i * 31);
        }
        return Person.builder()
                .name("Zoë Ångström-Nakamura 中村")
                .nickname("Zo 🌿")
                .emails(List.of("zoe@example.org", "z.nakamura@work.example"))
                .phones(List.of("+1 555 0100", "+81 3-1234-5678"))
                .organization("Ørsted & Søn")
                .title("Chief Listener")
                .howWeMet("At the café on Rue de l'Été")
                .metOn(LocalDate.of(2019, 6, 3))
                .birthday(PartialDate.parse("--02-29"))
                .dates(List.of(new ImportantDate("wedding anniversary", PartialDate.parse("2014-06-12")),
                        new ImportantDate("name day", PartialDate.parse("--12-06"))))
                .tags(List.of("book club", "Friends", "wörk"))
                .notes("Line one\nLine two, with \"quotes\" and 'apostrophes'")
                .mattersToThem("Moving to Lisbon; wants an intro to a translator")
                .kin(true)
                .ring(Ring.FIFTEEN)
                .cadenceDays(45)
                .photo(new Photo("image/png", png))
                .archived(true)
                .build();
    }

    @Test
    void aPersonWithEveryFieldComesBackAsSaved() {
        Person zoe = everything();
        journal.people().add(zoe);

        assertThat(journal.people().get(zoe.id())).contains(zoe);
    }

    @Test
    void everyFieldSurvivesClosingAndReopening() {
        Person zoe = everything();
        journal.people().add(zoe);

        reopen();

        assertThat(journal.people().get(zoe.id())).contains(zoe);
    }

    @Test
    void aPersonWithOnlyANameComesBackWithEmptyListsAndNoOptionalValues() {
        Person ada = addPerson("Ada");

        Person read = journal.people().get(ada.id()).orElseThrow();

        assertThat(read).isEqualTo(ada);
        assertThat(read.emails()).isEmpty();
        assertThat(read.birthday()).isNull();
        assertThat(read.ring()).isNull();
        assertThat(read.photo()).isNull();
    }

    @Test
    void birthdaysKeepTheirYearOrItsAbsence() {
        Person leap = Person.builder().name("Leap").birthday(PartialDate.parse("--02-29")).build();
        Person dated = Person.builder().name("Dated").birthday(PartialDate.parse("1990-02-28")).build();
        journal.people().add(leap);
        journal.people().add(dated);

        assertThat(journal.people().get(leap.id()).orElseThrow().birthday())
                .isEqualTo(new PartialDate(null, 2, 29));
        assertThat(journal.people().get(dated.id()).orElseThrow().birthday())
                .isEqualTo(new PartialDate(1990, 2, 28));
    }

    @Test
    void everyRingIsStoredAndReadBack() {
        for (Ring ring : Ring.values()) {
            Person person = Person.builder().name("Ring " + ring.size()).ring(ring).build();
            journal.people().add(person);
            assertThat(journal.people().get(person.id()).orElseThrow().ring()).isEqualTo(ring);
        }
    }

    @Test
    void emailsPhonesAndDatesKeepTheirOrderAndTagsComeBackSortedWithoutRegardToCase() {
        Person person = Person.builder().name("Order")
                .emails(List.of("z@example.org", "a@example.org", "m@example.org"))
                .phones(List.of("3", "1", "2"))
                .tags(List.of("zebra", "Apple", "mango"))
                .build();
        journal.people().add(person);

        Person read = journal.people().get(person.id()).orElseThrow();

        assertThat(read.emails()).containsExactly("z@example.org", "a@example.org", "m@example.org");
        assertThat(read.phones()).containsExactly("3", "1", "2");
        assertThat(read.tags()).containsExactly("Apple", "mango", "zebra");
    }

    @Test
    void anUpdateReplacesEveryFieldAndDetail() {
        Person zoe = everything();
        journal.people().add(zoe);
        Person changed = zoe.toBuilder()
                .name("Zoë N.")
                .nickname(null)
                .emails(List.of("new@example.org"))
                .phones(List.of())
                .organization(null)
                .title(null)
                .howWeMet(null)
                .metOn(null)
                .birthday(PartialDate.parse("1985-07-01"))
                .dates(List.of(new ImportantDate("graduation", PartialDate.parse("2007-06-30"))))
                .tags(List.of("lisbon"))
                .notes(null)
                .mattersToThem(null)
                .kin(false)
                .ring(Ring.FIVE)
                .cadenceDays(null)
                .photo(new Photo("image/jpeg", new byte[] {1, 2, 3}))
                .archived(false)
                .build();

        journal.people().update(changed);

        assertThat(journal.people().get(zoe.id())).contains(changed);
        journal.people().update(changed.toBuilder().photo(null).ring(null).build());
        Person read = journal.people().get(zoe.id()).orElseThrow();
        assertThat(read.photo()).isNull();
        assertThat(read.ring()).isNull();
    }

    @Test
    void updatingSomeoneNotInTheJournalIsRefusedInWordsAndAddsNobody() {
        Person stranger = Person.named("Stranger");

        assertThatThrownBy(() -> journal.people().update(stranger))
                .isInstanceOf(JournalException.class)
                .hasMessage("That person is no longer in the journal.");
        assertThat(journal.people().count()).isZero();
    }

    @Test
    void addingTheSamePersonTwiceIsRefusedInWordsAndKeepsTheFirst() {
        Person ada = addPerson("Ada");

        assertThatThrownBy(() -> journal.people().add(ada.toBuilder().name("Other").build()))
                .isInstanceOf(JournalException.class)
                .hasMessage("Kith could not save to the journal: that person is already in the journal.");
        assertThat(journal.people().get(ada.id()).orElseThrow().name()).isEqualTo("Ada");
        assertThat(journal.people().count()).isEqualTo(1);
    }

    @Test
    void getOfAnUnknownIdIsEmpty() {
        assertThat(journal.people().get(UUID.randomUUID())).isEmpty();
    }

    @Test
    void archivingAndUnarchivingIsKept() {
        Person ada = addPerson("Ada");

        journal.people().setArchived(ada.id(), true);
        assertThat(journal.people().get(ada.id()).orElseThrow().archived()).isTrue();
        journal.people().setArchived(ada.id(), false);
        assertThat(journal.people().get(ada.id()).orElseThrow().archived()).isFalse();
        assertThatThrownBy(() -> journal.people().setArchived(UUID.randomUUID(), true))
                .hasMessage("That person is no longer in the journal.");
    }

    @Test
    void countIncludesArchivedPeople() {
        addPerson("Ada");
        Person bea = addPerson("Bea");
        journal.people().setArchived(bea.id(), true);

        assertThat(journal.people().count()).isEqualTo(2);
    }

    @Test
    void allTagsListsEachTagOnceSortedWithoutRegardToCase() {
        journal.people().add(Person.builder().name("A").tags(List.of("work", "Friends")).build());
        journal.people().add(Person.builder().name("B").tags(List.of("friends", "work", "Book club")).build());
        addPerson("C");

        assertThat(journal.people().allTags()).containsExactly("Book club", "Friends", "friends", "work");
    }

    @Test
    void allReadsEveryoneWithTheirDetailsInNameOrder() {
        Person zoe = everything();
        journal.people().add(zoe);
        Person ada = addPerson("ada");
        Person bob = Person.builder().name("Bob").emails(List.of("bob@example.org")).tags(List.of("x")).build();
        journal.people().add(bob);

        assertThat(journal.people().all()).containsExactly(ada, bob, zoe);
    }
}
