package app.kith.store;

import app.kith.domain.Person;
import app.kith.domain.Review;
import app.kith.domain.ReviewAction;
import app.kith.domain.ReviewDecision;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReviewRepositoryTest extends JournalTest {

    @Test
    void aReviewKeepsItsDecisionsInOrderWithEveryAction() {
        Person ada = addPerson("Ada");
        Person bea = addPerson("Bea");
        Review review = new Review(UUID.randomUUID(), TODAY, List.of(
                ReviewDecision.of(bea.id(), ReviewAction.LOGGED),
                new ReviewDecision(ada.id(), ReviewAction.SNOOZED, TODAY.plusDays(14), null),
                new ReviewDecision(bea.id(), ReviewAction.CADENCE, null, 60),
                ReviewDecision.of(ada.id(), ReviewAction.LET_GO),
                ReviewDecision.of(bea.id(), ReviewAction.SKIPPED)));

        journal.reviews().add(review);

        assertThat(journal.reviews().all()).containsExactly(review);
        assertThat(journal.people().get(ada.id()).orElseThrow().archived())
                .as("recording a review as it was held changes no person").isFalse();
    }

    @Test
    void allListsNewestFirst() {
        Review older = new Review(UUID.randomUUID(), TODAY.minusDays(7), List.of());
        Review sameDayFirst = new Review(UUID.randomUUID(), TODAY, List.of());
        Review sameDaySecond = new Review(UUID.randomUUID(), TODAY, List.of());
        journal.reviews().add(sameDayFirst);
        journal.reviews().add(older);
        journal.reviews().add(sameDaySecond);

        assertThat(journal.reviews().all()).containsExactly(sameDaySecond, sameDayFirst, older);
    }

    @Test
    void decideAppendsADecisionAndCarriesItOut() {
        Person ada = addPerson("Ada");
        Person bea = addPerson("Bea");
        Person cy = addPerson("Cy");
        Review review = new Review(UUID.randomUUID(), TODAY, List.of());
        journal.reviews().add(review);

        ReviewDecision cadence = new ReviewDecision(ada.id(), ReviewAction.CADENCE, null, 21);
        ReviewDecision letGo = ReviewDecision.of(bea.id(), ReviewAction.LET_GO);
        ReviewDecision skip = ReviewDecision.of(cy.id(), ReviewAction.SKIPPED);
        journal.reviews().decide(review.id(), cadence);
        journal.reviews().decide(review.id(), letGo);
        journal.reviews().decide(review.id(), skip);

        assertThat(journal.reviews().all().get(0).decisions()).containsExactly(cadence, letGo, skip);
        assertThat(journal.people().get(ada.id()).orElseThrow().cadenceDays()).isEqualTo(21);
        assertThat(journal.people().get(bea.id()).orElseThrow().archived()).isTrue();
        assertThat(journal.people().get(cy.id())).contains(cy);
    }

    @Test
    void aDecisionForAReviewOrPersonNotInTheJournalIsRefusedInWordsAndChangesNothing() {
        Person ada = addPerson("Ada");
        Review review = new Review(UUID.randomUUID(), TODAY, List.of());
        journal.reviews().add(review);

        assertThatThrownBy(() -> journal.reviews().decide(UUID.randomUUID(),
                ReviewDecision.of(ada.id(), ReviewAction.LET_GO)))
                .hasMessage("Kith could not save to the journal: that review is not in the journal.");
        assertThatThrownBy(() -> journal.reviews().decide(review.id(),
                ReviewDecision.of(UUID.randomUUID(), ReviewAction.SKIPPED)))
                .hasMessage("Kith could not save to the journal: that person is not in the journal.");
        assertThatThrownBy(() -> journal.reviews().add(new Review(UUID.randomUUID(), TODAY,
                List.of(ReviewDecision.of(ada.id(), ReviewAction.SKIPPED),
                        ReviewDecision.of(UUID.randomUUID(), ReviewAction.SKIPPED)))))
                .hasMessage("Kith could not save to the journal: that person is not in the journal.");

        assertThat(journal.reviews().all()).containsExactly(review);
        assertThat(journal.people().get(ada.id())).contains(ada);
    }

    @Test
    void snoozedAfterTakesEachPersonsLatestSnoozeUpToTheDayWhenItEndsLater() {
        Person ada = addPerson("Ada");
        Person bea = addPerson("Bea");
        Person cy = addPerson("Cy");
        Person dee = addPerson("Dee");
        LocalDate nov1 = LocalDate.of(2026, 11, 1);
        LocalDate nov10 = LocalDate.of(2026, 11, 10);
        // Ada: snoozed long on the 1st, then shortened on the 10th.
        journal.reviews().add(new Review(UUID.randomUUID(), nov1, List.of(
                snooze(ada, LocalDate.of(2026, 12, 31)),
                snooze(bea, LocalDate.of(2026, 11, 20)),
                snooze(cy, LocalDate.of(2026, 11, 5)),
                snooze(dee, LocalDate.of(2026, 11, 30)),
                snooze(dee, LocalDate.of(2026, 11, 12)))));
        journal.reviews().add(new Review(UUID.randomUUID(), nov10, List.of(
                snooze(ada, LocalDate.of(2026, 11, 15)),
                ReviewDecision.of(bea.id(), ReviewAction.SKIPPED))));

        assertThat(journal.reviews().snoozedAfter(LocalDate.of(2026, 11, 3))).isEqualTo(Map.of(
                ada.id(), LocalDate.of(2026, 12, 31),
                bea.id(), LocalDate.of(2026, 11, 20),
                cy.id(), LocalDate.of(2026, 11, 5),
                dee.id(), LocalDate.of(2026, 11, 12)));
        assertThat(journal.reviews().snoozedAfter(nov10)).isEqualTo(Map.of(
                ada.id(), LocalDate.of(2026, 11, 15),
                bea.id(), LocalDate.of(2026, 11, 20),
                dee.id(), LocalDate.of(2026, 11, 12)));
        assertThat(journal.reviews().snoozedAfter(LocalDate.of(2026, 11, 15)))
                .as("a snooze ending on the day is over").isEqualTo(Map.of(bea.id(), LocalDate.of(2026, 11, 20)));
        assertThat(journal.reviews().snoozedAfter(LocalDate.of(2026, 10, 31)))
                .as("a snooze decided later is not in effect yet").isEmpty();
    }

    @Test
    void aSessionIsWrittenDecisionByDecisionEachCarriedOutAtOnce() {
        Person ada = addPerson("Ada");
        Person bea = addPerson("Bea");
        Person cy = addPerson("Cy");
        UUID session = UUID.randomUUID();

        journal.reviews().start(session, TODAY, ReviewDecision.of(ada.id(), ReviewAction.LET_GO));
        assertThat(journal.people().get(ada.id()).orElseThrow().archived()).isTrue();
        assertThat(journal.reviews().all()).singleElement().satisfies(review -> {
            assertThat(review.date()).isEqualTo(TODAY);
            assertThat(review.decisions()).containsExactly(ReviewDecision.of(ada.id(), ReviewAction.LET_GO));
        });

        assertThat(journal.reviews().decide(session, ReviewDecision.cadence(bea.id(), 45))).isEqualTo(1);
        assertThat(journal.reviews().decide(session, ReviewDecision.snoozed(cy.id(), TODAY.plusDays(7)))).isEqualTo(2);

        reopen();
        assertThat(journal.people().get(bea.id()).orElseThrow().cadenceDays()).isEqualTo(45);
        assertThat(journal.reviews().snoozedAfter(TODAY)).isEqualTo(Map.of(cy.id(), TODAY.plusDays(7)));
        assertThat(journal.reviews().all().get(0).decisions()).extracting(ReviewDecision::action)
                .containsExactly(ReviewAction.LET_GO, ReviewAction.CADENCE, ReviewAction.SNOOZED);
    }

    @Test
    void aCadenceDecisionWithoutDaysClearsThePersonsOwnCadence() {
        Person ada = Person.builder().name("Ada").cadenceDays(21).build();
        journal.people().add(ada);

        journal.reviews().start(UUID.randomUUID(), TODAY, ReviewDecision.cadence(ada.id(), null));

        assertThat(journal.people().get(ada.id()).orElseThrow().cadenceDays()).isNull();
        assertThat(journal.reviews().all().get(0).decisions().get(0).clearsCadence()).isTrue();
    }

    @Test
    void changingALetGoBringsThePersonBackAndCarriesOutTheNewDecision() {
        Person ada = addPerson("Ada");
        UUID session = UUID.randomUUID();
        journal.reviews().start(session, TODAY, ReviewDecision.of(ada.id(), ReviewAction.LET_GO));

        journal.reviews().change(session, 0, ReviewDecision.snoozed(ada.id(), TODAY.plusMonths(1)));

        assertThat(journal.people().get(ada.id()).orElseThrow().archived()).isFalse();
        assertThat(journal.reviews().snoozedAfter(TODAY)).isEqualTo(Map.of(ada.id(), TODAY.plusMonths(1)));
        assertThat(journal.reviews().all().get(0).decisions())
                .containsExactly(ReviewDecision.snoozed(ada.id(), TODAY.plusMonths(1)));
    }

    @Test
    void changingACadencePutsBackTheCadenceThePersonHadBeforeIt() {
        Person ada = Person.builder().name("Ada").cadenceDays(30).build();
        Person bea = addPerson("Bea");
        journal.people().add(ada);
        UUID session = UUID.randomUUID();
        journal.reviews().start(session, TODAY, ReviewDecision.cadence(ada.id(), 90));
        journal.reviews().decide(session, ReviewDecision.cadence(bea.id(), 14));

        journal.reviews().change(session, 0, ReviewDecision.of(ada.id(), ReviewAction.SKIPPED));
        journal.reviews().change(session, 1, ReviewDecision.cadence(bea.id(), null));

        assertThat(journal.people().get(ada.id()).orElseThrow().cadenceDays()).as("back to her own 30 days")
                .isEqualTo(30);
        assertThat(journal.people().get(bea.id()).orElseThrow().cadenceDays()).isNull();

        // Changed twice: the second change puts back what the person had before the first decision, not the first.
        journal.reviews().change(session, 0, ReviewDecision.cadence(ada.id(), 60));
        journal.reviews().change(session, 0, ReviewDecision.cadence(ada.id(), 120));
        journal.reviews().change(session, 0, ReviewDecision.of(ada.id(), ReviewAction.LOGGED));
        assertThat(journal.people().get(ada.id()).orElseThrow().cadenceDays()).isEqualTo(30);
        assertThat(journal.reviews().all().get(0).decisions()).containsExactly(
                ReviewDecision.of(ada.id(), ReviewAction.LOGGED), ReviewDecision.cadence(bea.id(), null));
    }

    @Test
    void changingASnoozeTakesThePersonOffTheSnoozedAtOnce() {
        Person ada = addPerson("Ada");
        UUID session = UUID.randomUUID();
        journal.reviews().start(session, TODAY, ReviewDecision.snoozed(ada.id(), TODAY.plusDays(7)));

        journal.reviews().change(session, 0, ReviewDecision.of(ada.id(), ReviewAction.SKIPPED));

        assertThat(journal.reviews().snoozedAfter(TODAY)).isEmpty();
    }

    @Test
    void aChangeOfADecisionThatIsNotThereOrAboutSomeoneElseIsRefusedAndChangesNothing() {
        Person ada = addPerson("Ada");
        Person bea = addPerson("Bea");
        UUID session = UUID.randomUUID();
        journal.reviews().start(session, TODAY, ReviewDecision.of(ada.id(), ReviewAction.LET_GO));

        assertThatThrownBy(() -> journal.reviews().change(session, 1, ReviewDecision.of(ada.id(), ReviewAction.SKIPPED)))
                .hasMessage("That review decision is no longer in the journal.");
        assertThatThrownBy(() -> journal.reviews().change(session, 0, ReviewDecision.of(bea.id(), ReviewAction.SKIPPED)))
                .isInstanceOf(IllegalArgumentException.class);

        assertThat(journal.people().get(ada.id()).orElseThrow().archived()).isTrue();
        assertThat(journal.reviews().all().get(0).decisions())
                .containsExactly(ReviewDecision.of(ada.id(), ReviewAction.LET_GO));
    }

    @Test
    void theCommandLineAddsADaysDecisionsToOneReviewWhileItIsTheDaysLatest() {
        Person ada = addPerson("Ada");
        Person bea = addPerson("Bea");

        UUID first = journal.reviews().decideFromCommandLine(ReviewDecision.snoozed(ada.id(), TODAY.plusDays(7)));
        UUID second = journal.reviews().decideFromCommandLine(ReviewDecision.cadence(bea.id(), 30));
        assertThat(second).isEqualTo(first);
        assertThat(journal.reviews().all()).singleElement().satisfies(review -> assertThat(review.decisions())
                .containsExactly(ReviewDecision.snoozed(ada.id(), TODAY.plusDays(7)), ReviewDecision.cadence(bea.id(), 30)));

        // A session in the window comes between: the next command starts a review of its own.
        journal.reviews().start(UUID.randomUUID(), TODAY, ReviewDecision.of(ada.id(), ReviewAction.SKIPPED));
        UUID third = journal.reviews().decideFromCommandLine(ReviewDecision.snoozed(ada.id(), TODAY.plusDays(14)));
        assertThat(third).isNotEqualTo(first);
        assertThat(journal.reviews().snoozedAfter(TODAY)).containsEntry(ada.id(), TODAY.plusDays(14));

        // The next day, another.
        journal.close();
        journal = Journal.open(folder, new StepClock(java.time.Instant.parse("2026-11-23T09:00:00Z")));
        UUID nextDay = journal.reviews().decideFromCommandLine(ReviewDecision.cadence(bea.id(), 60));
        assertThat(nextDay).isNotIn(first, third);
        assertThat(journal.reviews().all().get(0).date()).isEqualTo(TODAY.plusDays(1));
        assertThat(journal.reviews().all()).hasSize(4);
    }

    @Test
    void theSnoozedStayOutOfTheQueueWhileTheSnoozeRunsAndComeBackOnItsLastDay() {
        Person ada = addPerson("Ada");
        journal.people().update(journal.people().get(ada.id()).orElseThrow().toBuilder().cadenceDays(30).build());
        logTalk(TODAY.minusDays(90), ada);
        assertThat(journal.scores().asOf(TODAY).reviewQueue()).extracting(insight -> insight.id())
                .containsExactly(ada.id());

        journal.reviews().start(UUID.randomUUID(), TODAY, ReviewDecision.snoozed(ada.id(), TODAY.plusDays(7)));

        assertThat(journal.scores().asOf(TODAY).reviewQueue()).isEmpty();
        assertThat(journal.scores().asOf(TODAY.plusDays(6)).reviewQueue()).isEmpty();
        assertThat(journal.scores().asOf(TODAY.plusDays(7)).reviewQueue()).extracting(insight -> insight.id())
                .containsExactly(ada.id());
    }

    private static ReviewDecision snooze(Person person, LocalDate until) {
        return new ReviewDecision(person.id(), ReviewAction.SNOOZED, until, null);
    }
}
