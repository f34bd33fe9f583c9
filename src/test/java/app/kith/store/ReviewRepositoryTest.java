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

    private static ReviewDecision snooze(Person person, LocalDate until) {
        return new ReviewDecision(person.id(), ReviewAction.SNOOZED, until, null);
    }
}
