package app.kith.store;

import app.kith.domain.FollowUp;
import app.kith.domain.Person;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FollowUpRepositoryTest extends JournalTest {

    @Test
    void aFollowUpComesBackAsSavedAndCanBeChanged() {
        Person ada = addPerson("Ada");
        Person bea = addPerson("Bea");
        FollowUp call = FollowUp.create(ada.id(), TODAY, "Call about the flat — 🏠");
        journal.followUps().add(call);
        assertThat(journal.followUps().forPerson(ada.id())).containsExactly(call);

        FollowUp changed = new FollowUp(call.id(), bea.id(), TODAY.plusDays(3), "Write instead", true);
        journal.followUps().update(changed);

        assertThat(journal.followUps().forPerson(ada.id())).isEmpty();
        assertThat(journal.followUps().forPerson(bea.id())).containsExactly(changed);
    }

    @Test
    void markDoneAndUndone() {
        Person ada = addPerson("Ada");
        FollowUp call = FollowUp.create(ada.id(), TODAY, "Call");
        journal.followUps().add(call);

        journal.followUps().markDone(call.id(), true);
        assertThat(journal.followUps().forPerson(ada.id()).get(0).done()).isTrue();
        journal.followUps().markDone(call.id(), false);
        assertThat(journal.followUps().forPerson(ada.id()).get(0).done()).isFalse();
    }

    @Test
    void changingAFollowUpNotInTheJournalIsRefusedInWords() {
        Person ada = addPerson("Ada");

        assertThatThrownBy(() -> journal.followUps().markDone(UUID.randomUUID(), true))
                .isInstanceOf(JournalException.class).hasMessage("That follow-up is no longer in the journal.");
        assertThatThrownBy(() -> journal.followUps().update(FollowUp.create(ada.id(), TODAY, "x")))
                .hasMessage("That follow-up is no longer in the journal.");
        assertThatThrownBy(() -> journal.followUps().delete(UUID.randomUUID()))
                .hasMessage("That follow-up is no longer in the journal.");
        assertThatThrownBy(() -> journal.followUps().add(FollowUp.create(UUID.randomUUID(), TODAY, "x")))
                .hasMessage("Kith could not save to the journal: that person is not in the journal.");
        assertThat(journal.counts().followUps()).isZero();
    }

    @Test
    void deleteReturnsTheFollowUpSoThatAddingItAgainUndoesIt() {
        Person ada = addPerson("Ada");
        FollowUp call = FollowUp.create(ada.id(), TODAY, "Call");
        journal.followUps().add(call);

        FollowUp deleted = journal.followUps().delete(call.id());

        assertThat(deleted).isEqualTo(call);
        assertThat(journal.followUps().forPerson(ada.id())).isEmpty();
        journal.followUps().add(deleted);
        assertThat(journal.followUps().forPerson(ada.id())).containsExactly(call);
    }

    @Test
    void forPersonListsDoneAndOpenOnesSoonestDueFirst() {
        Person ada = addPerson("Ada");
        FollowUp later = FollowUp.create(ada.id(), TODAY.plusDays(10), "Later");
        FollowUp sooner = FollowUp.create(ada.id(), TODAY.minusDays(1), "Sooner");
        FollowUp done = new FollowUp(UUID.randomUUID(), ada.id(), TODAY, "Done", true);
        journal.followUps().add(later);
        journal.followUps().add(sooner);
        journal.followUps().add(done);

        assertThat(journal.followUps().forPerson(ada.id())).containsExactly(sooner, done, later);
    }

    @Test
    void dueByListsEveryonesOpenFollowUpsDueOnOrBeforeTheDay() {
        Person ada = addPerson("Ada");
        Person bea = addPerson("Bea");
        FollowUp overdue = FollowUp.create(bea.id(), TODAY.minusDays(5), "Overdue");
        FollowUp dueToday = FollowUp.create(ada.id(), TODAY, "Today");
        FollowUp tomorrow = FollowUp.create(ada.id(), TODAY.plusDays(1), "Tomorrow");
        FollowUp doneOverdue = new FollowUp(UUID.randomUUID(), ada.id(), TODAY.minusDays(9), "Done", true);
        journal.followUps().add(dueToday);
        journal.followUps().add(tomorrow);
        journal.followUps().add(overdue);
        journal.followUps().add(doneOverdue);

        assertThat(journal.followUps().dueBy(TODAY)).containsExactly(overdue, dueToday);
        assertThat(journal.followUps().dueBy(TODAY.plusDays(1))).containsExactly(overdue, dueToday, tomorrow);
        assertThat(journal.followUps().dueBy(TODAY.minusDays(10))).isEmpty();
    }
}
