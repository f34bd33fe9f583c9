package app.kith.store;

import app.kith.domain.Favour;
import app.kith.domain.FavourDirection;
import app.kith.domain.FavourKind;
import app.kith.domain.FavourSize;
import app.kith.domain.FavourStatus;
import app.kith.domain.Interaction;
import app.kith.domain.Person;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FavourRepositoryTest extends JournalTest {

    @Test
    void everyCombinationOfCodesIsStoredAndReadBack() {
        Person ada = addPerson("Ada");
        Interaction lunch = logTalk(TODAY, ada);
        for (FavourDirection direction : FavourDirection.values()) {
            for (FavourSize size : FavourSize.values()) {
                for (FavourKind kind : FavourKind.values()) {
                    for (FavourStatus status : FavourStatus.values()) {
                        Favour favour = Favour.create(TODAY, ada.id(), direction, size, kind, "ç’est ça", status,
                                status == FavourStatus.DONE ? lunch.id() : null);
                        journal.favours().add(favour);
                        assertThat(journal.favours().get(favour.id())).contains(favour);
                    }
                }
            }
        }
        assertThat(journal.favours().count())
                .isEqualTo(FavourDirection.values().length * FavourSize.values().length
                        * FavourKind.values().length * FavourStatus.values().length);
    }

    @Test
    void aFavourForSomeoneNotInTheJournalIsRefusedInWords() {
        assertThatThrownBy(() -> journal.favours().add(favour(TODAY, UUID.randomUUID(), null)))
                .isInstanceOf(JournalException.class)
                .hasMessage("Kith could not save to the journal: that person is not in the journal.");
        assertThat(journal.favours().count()).isZero();
    }

    @Test
    void anUpdateReplacesEveryFieldEvenThePerson() {
        Person ada = addPerson("Ada");
        Person bea = addPerson("Bea");
        Interaction lunch = logTalk(TODAY, bea);
        Favour promised = Favour.create(TODAY.minusDays(3), ada.id(), FavourDirection.GIVEN, FavourSize.SMALL,
                FavourKind.HELP, "help moving", FavourStatus.PROMISED, null);
        journal.favours().add(promised);
        Favour done = new Favour(promised.id(), TODAY, bea.id(), FavourDirection.RECEIVED, FavourSize.LARGE,
                FavourKind.LOAN, null, FavourStatus.DONE, lunch.id());

        journal.favours().update(done);

        assertThat(journal.favours().get(promised.id())).contains(done);
        assertThat(journal.favours().forPerson(ada.id())).isEmpty();
        assertThat(journal.favours().forPerson(bea.id())).containsExactly(done);
    }

    @Test
    void updatingAFavourNotInTheJournalIsRefusedAndAddsNothing() {
        Person ada = addPerson("Ada");

        assertThatThrownBy(() -> journal.favours().update(favour(TODAY, ada.id(), null)))
                .hasMessage("That favour is no longer in the journal.");
        assertThat(journal.favours().count()).isZero();
    }

    @Test
    void deleteReturnsTheFavourSoThatAddingItAgainUndoesIt() {
        Person ada = addPerson("Ada");
        Favour favour = favour(TODAY, ada.id(), null);
        journal.favours().add(favour);

        Favour deleted = journal.favours().delete(favour.id());

        assertThat(deleted).isEqualTo(favour);
        assertThat(journal.favours().get(favour.id())).isEmpty();
        journal.favours().add(deleted);
        assertThat(journal.favours().get(favour.id())).contains(favour);
        assertThatThrownBy(() -> journal.favours().delete(UUID.randomUUID()))
                .hasMessage("That favour is no longer in the journal.");
    }

    @Test
    void forPersonListsOnlyTheirFavoursNewestFirst() {
        Person ada = addPerson("Ada");
        Person bea = addPerson("Bea");
        Favour old = favour(TODAY.minusDays(30), ada.id(), null);
        Favour recent = favour(TODAY.minusDays(1), ada.id(), null);
        Favour sameDayLater = favour(TODAY.minusDays(1), ada.id(), null);
        journal.favours().add(old);
        journal.favours().add(recent);
        journal.favours().add(sameDayLater);
        journal.favours().add(favour(TODAY, bea.id(), null));

        assertThat(journal.favours().forPerson(ada.id())).containsExactly(sameDayLater, recent, old);
    }
}
