package app.kith.store;

import app.kith.domain.Favour;
import app.kith.domain.FollowUp;
import app.kith.domain.Interaction;
import app.kith.domain.Person;
import app.kith.domain.Review;
import app.kith.domain.ReviewAction;
import app.kith.domain.ReviewDecision;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PersonRemovalTest extends JournalTest {

    @Test
    void aPersonWithoutEntriesIsDeletedWithTheirFollowUpsAndReviewDecisionsAndCanBeRestored() {
        Person ada = PersonRepositoryTest.everything();
        journal.people().add(ada);
        Person bea = addPerson("Bea");
        FollowUp call = FollowUp.create(ada.id(), TODAY, "Call about the move");
        journal.followUps().add(call);
        Review review = new Review(UUID.randomUUID(), TODAY, List.of(
                ReviewDecision.of(bea.id(), ReviewAction.SKIPPED),
                new ReviewDecision(ada.id(), ReviewAction.SNOOZED, TODAY.plusDays(30), null)));
        journal.reviews().add(review);
        PersonSummary before = summaryOf(ada.id());

        PersonRemoval removal = journal.people().delete(ada.id());

        assertThat(journal.people().get(ada.id())).isEmpty();
        assertThat(journal.followUps().forPerson(ada.id())).isEmpty();
        assertThat(journal.reviews().all().get(0).decisions()).containsExactly(review.decisions().get(0));
        assertThat(removal.person()).isEqualTo(ada);

        journal.people().restore(removal);

        assertThat(journal.people().get(ada.id())).contains(ada);
        assertThat(journal.followUps().forPerson(ada.id())).containsExactly(call);
        assertThat(journal.reviews().all()).containsExactly(review);
        assertThat(summaryOf(ada.id())).isEqualTo(before);
    }

    @Test
    void deletingSomeoneWithConversationsOrFavoursIsRefusedWithCountsAndChangesNothing() {
        Person ada = addPerson("Ada Lovelace");
        Person bea = addPerson("Bea");
        logTalk(TODAY, ada);
        logTalk(TODAY.minusDays(1), ada, bea);
        journal.favours().add(favour(TODAY, ada.id(), null));

        assertThatThrownBy(() -> journal.people().delete(ada.id()))
                .isInstanceOfSatisfying(PersonHasEntriesException.class, refused -> {
                    assertThat(refused.interactions()).isEqualTo(2);
                    assertThat(refused.favours()).isEqualTo(1);
                })
                .hasMessage("Ada Lovelace cannot be deleted on their own: the journal holds 2 conversations "
                        + "and 1 favour with them.");
        assertThat(journal.people().get(ada.id())).isPresent();
        assertThat(journal.counts()).isEqualTo(new JournalCounts(2, 2, 1, 0));
    }

    @Test
    void theRefusalNamesOnlyWhatThereIs() {
        Person ada = addPerson("Ada");
        logTalk(TODAY, ada);

        assertThatThrownBy(() -> journal.people().delete(ada.id()))
                .hasMessage("Ada cannot be deleted on their own: the journal holds 1 conversation with them.");
    }

    @Test
    void deletingWithEntriesTakesTheirOwnEntriesAndLeavesSharedConversationsToTheOthers() {
        Person ada = addPerson("Ada");
        Person bea = addPerson("Bea");
        Person cy = addPerson("Cy");
        Interaction solo = talk(TODAY.minusDays(2), ada);
        Favour adaFavour = favour(TODAY.minusDays(2), ada.id(), solo.id());
        journal.interactions().log(solo, List.of(adaFavour), null);
        Interaction dinner = talk(TODAY.minusDays(1), ada, bea, cy);
        Favour beaFavour = favour(TODAY.minusDays(1), bea.id(), dinner.id());
        journal.interactions().log(dinner, List.of(beaFavour), null);
        Favour beaOnAdaTalk = favour(TODAY, bea.id(), solo.id());
        journal.favours().add(beaOnAdaTalk);
        Interaction beaAlone = logTalk(TODAY, bea);
        FollowUp follow = FollowUp.create(ada.id(), TODAY, "Write");
        journal.followUps().add(follow);

        PersonRemoval removal = journal.people().deleteWithEntries(ada.id());

        assertThat(journal.people().get(ada.id())).isEmpty();
        assertThat(journal.interactions().get(solo.id())).isEmpty();
        assertThat(journal.interactions().get(dinner.id()).orElseThrow().people())
                .containsExactly(bea.id(), cy.id());
        assertThat(journal.interactions().get(beaAlone.id())).isPresent();
        assertThat(journal.favours().get(adaFavour.id())).isEmpty();
        assertThat(journal.favours().get(beaFavour.id())).contains(beaFavour);
        assertThat(journal.favours().get(beaOnAdaTalk.id()).orElseThrow().interaction()).isNull();
        assertThat(journal.counts()).isEqualTo(new JournalCounts(2, 2, 2, 0));
        assertThat(removal.soloInteractions()).extracting(DeletedInteraction::interaction).containsExactly(solo);
        assertThat(removal.sharedInteractions()).containsExactly(dinner.id());
        assertThat(removal.favours()).containsExactly(adaFavour);
        assertThat(removal.followUps()).containsExactly(follow);
    }

    @Test
    void restoringADeletionWithEntriesPutsEverythingBackAsItWas() {
        Person ada = addPerson("Ada");
        Person bea = addPerson("Bea");
        Interaction solo = talk(TODAY.minusDays(2), ada);
        Favour adaFavour = favour(TODAY.minusDays(2), ada.id(), solo.id());
        journal.interactions().log(solo, List.of(adaFavour), FollowUp.create(ada.id(), TODAY, "Write"));
        Interaction dinner = logTalk(TODAY.minusDays(1), ada, bea);
        Favour beaOnAdaTalk = favour(TODAY, bea.id(), solo.id());
        journal.favours().add(beaOnAdaTalk);
        List<Interaction> adaTimeline = journal.interactions().forPerson(ada.id(), 0, 10);
        List<FollowUp> adaFollowUps = journal.followUps().forPerson(ada.id());
        JournalCounts counts = journal.counts();

        journal.people().restore(journal.people().deleteWithEntries(ada.id()));

        assertThat(journal.counts()).isEqualTo(counts);
        assertThat(journal.interactions().forPerson(ada.id(), 0, 10)).isEqualTo(adaTimeline);
        assertThat(journal.interactions().get(dinner.id())).contains(dinner);
        assertThat(journal.favours().forPerson(ada.id())).containsExactly(adaFavour);
        assertThat(journal.favours().get(beaOnAdaTalk.id())).contains(beaOnAdaTalk);
        assertThat(journal.followUps().forPerson(ada.id())).isEqualTo(adaFollowUps);
    }

    @Test
    void restoringAfterASharedConversationWasDeletedBringsBackTheRestAndLeavesFavoursUnlinked() {
        Person ada = addPerson("Ada");
        Person bea = addPerson("Bea");
        Interaction dinner = talk(TODAY, ada, bea);
        Favour adaFavour = favour(TODAY, ada.id(), dinner.id());
        journal.interactions().log(dinner, List.of(adaFavour), null);
        PersonRemoval removal = journal.people().deleteWithEntries(ada.id());
        journal.interactions().delete(dinner.id());

        journal.people().restore(removal);

        assertThat(journal.people().get(ada.id())).isPresent();
        assertThat(journal.interactions().get(dinner.id())).isEmpty();
        assertThat(journal.favours().get(adaFavour.id()).orElseThrow().interaction()).isNull();
    }

    @Test
    void restoringTwiceIsRefusedInWordsAndChangesNothing() {
        Person ada = addPerson("Ada");
        PersonRemoval removal = journal.people().delete(ada.id());
        journal.people().restore(removal);

        assertThatThrownBy(() -> journal.people().restore(removal))
                .isInstanceOf(JournalException.class)
                .hasMessage("Kith could not save to the journal: that person is already in the journal.");
        assertThat(journal.people().count()).isEqualTo(1);
    }

    @Test
    void deletingSomeoneNotInTheJournalIsRefusedInWords() {
        assertThatThrownBy(() -> journal.people().delete(UUID.randomUUID()))
                .hasMessage("That person is no longer in the journal.");
        assertThatThrownBy(() -> journal.people().deleteWithEntries(UUID.randomUUID()))
                .hasMessage("That person is no longer in the journal.");
    }

    private PersonSummary summaryOf(UUID id) {
        return journal.people().summaries().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }
}
