package app.kith.insight;

import static app.kith.domain.Channel.CALL;
import static app.kith.domain.Channel.IN_PERSON;
import static app.kith.domain.Depth.CATCH_UP;
import static app.kith.domain.Depth.DEEP;
import static app.kith.domain.Depth.SMALL_TALK;
import static app.kith.domain.FavourDirection.RECEIVED;
import static app.kith.domain.FavourSize.LARGE;
import static app.kith.domain.FavourStatus.DONE;
import static app.kith.insight.TestJournal.T;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import app.kith.domain.Person;
import app.kith.domain.Ring;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReviewTest {

    private final TestJournal journal = new TestJournal();

    private Person friend(String name, Ring ring, Integer cadence) {
        return journal.person(Person.builder().name(name).ring(ring).cadenceDays(cadence));
    }

    private void oweALot(Person person) {
        for (int i = 0; i < 3; i++) {
            journal.favour(person, 10 + i, RECEIVED, LARGE, DONE);   // Fr ≈ 24: Rf ≈ -0.88, three in the year
        }
    }

    @Test
    void theRatioCountsFromTheLatestMeaningfulConversation() {
        Person friend = friend("Ann", Ring.FIFTEEN, 30);
        journal.talk(60, CATCH_UP, IN_PERSON, friend);
        journal.talk(5, SMALL_TALK, IN_PERSON, friend);   // small talk since: the silence still counts

        PersonInsight insight = journal.insight(friend);

        assertThat(insight.overdueRatio()).isEqualTo(2.0);   // 60 / 30
        assertThat(insight.overdue()).isEqualTo(Overdue.OVERDUE);
    }

    @Test
    void withoutAMeaningfulOneTheRatioCountsFromTheLatestOfAnyKind() {
        Person friend = friend("Ann", null, 30);
        journal.talk(45, SMALL_TALK, IN_PERSON, friend);
        journal.talk(90, SMALL_TALK, IN_PERSON, friend);

        PersonInsight insight = journal.insight(friend);

        assertThat(insight.overdueRatio()).isEqualTo(1.5);   // 45 / 30
        assertThat(insight.overdue()).isEqualTo(Overdue.DUE);
    }

    @ParameterizedTest(name = "r {0}: {1}")
    @CsvSource({"0, ON_TRACK", "0.999, ON_TRACK", "1, DUE", "1.999, DUE", "2, OVERDUE", "7.999, OVERDUE",
        "8, LAPSING", "40, LAPSING"})
    void theRatioReadsAsAState(double ratio, Overdue state) {
        assertThat(Overdue.of(ratio)).isEqualTo(state);
    }

    @ParameterizedTest(name = "ring {0}, r {1}, {2}, {3} follow-ups: {4}")
    @CsvSource(nullValues = "-", value = {
        "FIFTEEN,   3,    EVEN,    0,  8",    // 4 × log2(4)
        "FIVE,      1,    EVEN,    0,  8",    // 8 × log2(2)
        "FIFTY,     7,    EVEN,    0,  6",    // 2 × log2(8)
        "ONE_FIFTY, 15,   EVEN,    0,  4",    // 1 × log2(16)
        "-,         3,    EVEN,    0,  2",    // outside: 1 × log2(4)
        "FIVE,      0.99, EVEN,    0,  0",    // on track
        "FIFTY,     0.5,  YOU_OWE, 0,  2",    // on track, but a favour owed
        "ONE_FIFTY, 7,    YOU_OWE, 2,  8",    // 3 + 2 + 3
        "FIFTEEN,   -,    EVEN,    1,  3",    // no cadence, a follow-up due
        "FIFTEEN,   -,    YOU_GIVE, 0, 0",
    })
    void priorityWeighsTheSilenceByRingAndAddsBonuses(Ring ring, Double ratio, Balance balance, int followUps,
                                                      double priority) {
        assertThat(ReviewPriority.of(ring, ratio, balance, followUps)).isCloseTo(priority, within(1e-12));
    }

    @Test
    void theQueueHoldsTheOverdueAndThoseWithAFollowUpDue() {
        Person overdue = friend("Overdue", null, 10);
        journal.talk(30, CATCH_UP, CALL, overdue);                 // r 3
        Person followUp = friend("Follow-up", null, null);
        journal.followUp(followUp, T, false);
        Person tomorrow = friend("Tomorrow", null, null);
        journal.followUp(tomorrow, T.plusDays(1), false);
        Person done = friend("Done", null, null);
        journal.followUp(done, T.minusDays(1), true);
        Person onTrackButOwing = friend("Owing", null, 100);
        journal.talk(30, CATCH_UP, CALL, onTrackButOwing);
        oweALot(onTrackButOwing);
        Person archived = journal.person(Person.builder().name("Archived").cadenceDays(10).archived(true));
        journal.talk(30, CATCH_UP, CALL, archived);
        Person snoozed = friend("Snoozed", null, 10);
        journal.talk(30, CATCH_UP, CALL, snoozed);
        journal.snooze(snoozed, T.plusDays(1));
        Person snoozeOver = friend("Snooze over", null, 10);
        journal.talk(30, CATCH_UP, CALL, snoozeOver);
        journal.snooze(snoozeOver, T);

        JournalInsight insight = journal.at(T);

        assertThat(insight.reviewQueue()).extracting(PersonInsight::person)
                .containsExactlyInAnyOrder(overdue, followUp, snoozeOver);
        assertThat(insight.of(onTrackButOwing.id()).priority()).isEqualTo(2);
        assertThat(insight.of(archived.id()).inReview()).isFalse();
        assertThat(insight.of(snoozed.id()).snoozed()).isTrue();
        assertThat(insight.of(snoozed.id()).overdue()).isEqualTo(Overdue.OVERDUE);
    }

    @Test
    void theQueueRunsFromHighestPriorityWithTiesByNameThenId() {
        Person bob = friend("Bob", null, 10);
        Person anna = friend("anna", null, 10);
        Person sam1 = friend("Sam", null, 10);
        Person sam2 = friend("Sam", null, 10);
        Person urgent = friend("Zed", null, 10);
        for (Person person : new Person[] {bob, anna, sam2, sam1}) {
            journal.talk(30, CATCH_UP, CALL, person);            // r 3, ring 150: priority 2
        }
        journal.talk(150, CATCH_UP, CALL, urgent);               // r 15: priority 4
        journal.followUp(urgent, T, false);                      // + 3

        assertThat(journal.at(T).reviewQueue()).extracting(PersonInsight::id)
                .containsExactly(urgent.id(), anna.id(), bob.id(), sam1.id(), sam2.id());
        assertThat(sam1.id().compareTo(sam2.id())).isNegative();
        assertThat(journal.at(T).reviewQueue().get(0).priority()).isEqualTo(7);
    }

    @Test
    void theReasonNamesTheRhythmTheSilenceAndTheFavourOwed() {
        Person friend = friend("Maya", Ring.FIFTEEN, 30);
        journal.talk(71, CATCH_UP, IN_PERSON, friend);
        oweALot(friend);

        assertThat(journal.insight(friend).reason())
                .isEqualTo("Monthly friend \u00b7 71 days since you talked (2.4\u00d7) \u00b7 you owe a favour");
    }

    @Test
    void aLongSilenceIsSaidInMonths() {
        Person lena = friend("Lena", Ring.FIFTEEN, 30);
        journal.talk(425, DEEP, IN_PERSON, lena);   // 425 / 30.44 = 14 months; 425 / 30 = 14.2

        assertThat(journal.insight(lena).reason()).isEqualTo("Monthly friend \u00b7 14 months since you talked (14\u00d7)");
    }

    @Test
    void familyAndSmallTalkSinceAreSaidSo() {
        Person gran = journal.person(Person.builder().name("Rosa").kin(true).ring(Ring.FIVE));
        journal.talk(21, CATCH_UP, CALL, gran);                  // target 7 × 1.5 = 10.5: r 2
        journal.talk(2, SMALL_TALK, IN_PERSON, gran);

        assertThat(journal.insight(gran).reason())
                .isEqualTo("Weekly relative \u00b7 21 days since you last caught up (2.0\u00d7)");
    }

    @Test
    void followUpsAloneAreTheReason() {
        Person one = friend("One", null, null);
        journal.followUp(one, T, false);
        Person two = friend("Two", Ring.FIFTY, null);
        journal.talk(3, CATCH_UP, CALL, two);                    // on track
        journal.followUp(two, T.minusDays(3), false);
        journal.followUp(two, T.minusDays(1), false);

        assertThat(journal.insight(one).reason()).isEqualTo("A follow-up is due");
        assertThat(journal.insight(two).reason()).isEqualTo("2 follow-ups are due");
    }

    @Test
    void aContactWithACadenceOfTheirOwn() {
        Person contact = friend("Kim", null, 100);
        journal.talk(250, SMALL_TALK, IN_PERSON, contact);

        assertThat(journal.insight(contact).reason())
                .isEqualTo("Quarterly contact \u00b7 8 months since you talked (2.5\u00d7)");
    }

    @Test
    void unknownPeopleAreRefusedInWords() {
        UUID nobody = new UUID(9, 9);
        assertThatThrownBy(() -> journal.at(T).of(nobody))
                .hasMessage("no person " + nobody + " in this journal");
    }
}
