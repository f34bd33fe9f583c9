package app.kith.insight;

import static app.kith.domain.Channel.CALL;
import static app.kith.domain.Channel.IN_PERSON;
import static app.kith.domain.Depth.CATCH_UP;
import static app.kith.domain.Depth.SMALL_TALK;
import static app.kith.insight.TestJournal.T;
import static org.assertj.core.api.Assertions.assertThat;

import app.kith.domain.Person;
import app.kith.domain.Ring;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CadenceTest {

    private final TestJournal journal = new TestJournal();

    @Test
    void medianOfAnEvenNumberOfGapsIsTheMeanOfTheMiddleTwo() {
        // gaps 10, 10, 15, 20: (10 + 15) / 2
        assertThat(Cadence.medianGap(new int[] {0, 10, 20, 35, 55}, 5)).isEqualTo(12.5);
    }

    @Test
    void medianOfAnOddNumberOfGapsIsTheMiddleOne() {
        // gaps 7, 7, 14, 7, 35 sorted 7, 7, 7, 14, 35
        assertThat(Cadence.medianGap(new int[] {0, 7, 14, 28, 35, 70}, 6)).isEqualTo(7.0);
    }

    @Test
    void fourDaysAreNoRhythm() {
        assertThat(Cadence.medianGap(new int[] {0, 1, 2, 3}, 4)).isNull();
    }

    private Person friend(Ring pinned, boolean kin, Integer own) {
        return journal.person(Person.builder().name("Friend").ring(pinned).kin(kin).cadenceDays(own));
    }

    private void talkEvery(Person person, int gap, int times) {
        for (int i = 0; i < times; i++) {
            journal.talk(i * gap, CATCH_UP, CALL, person);
        }
    }

    @Test
    void theRhythmWindowIsTheLast730DaysAfterTMinus730() {
        Person friend = friend(Ring.FIFTEEN, false, null);
        for (int daysAgo : new int[] {730, 700, 660, 600, 520}) {
            journal.talk(daysAgo, CATCH_UP, IN_PERSON, friend);
        }
        // T - 730 is outside: four days are too few, so the ring's target holds.
        assertThat(journal.insight(friend).cadence()).isEqualTo(new Cadence(30, Cadence.Source.RING, 30.0, 4, null));

        journal.talk(729, CATCH_UP, IN_PERSON, friend);
        // 729, 700, 660, 600, 520: gaps 29, 40, 60, 80, median (40 + 60) / 2 = 50, within 15–60
        assertThat(journal.insight(friend).cadence()).isEqualTo(new Cadence(50, Cadence.Source.RHYTHM, 30.0, 5, 50.0));
    }

    @Test
    void smallTalkAndSecondConversationsOfADayAreNoRhythm() {
        Person friend = friend(Ring.FIFTEEN, false, null);
        talkEvery(friend, 20, 4);                                // 0, 20, 40, 60 days ago
        journal.talk(0, CATCH_UP, CALL, friend);                 // the same day again
        journal.talk(80, SMALL_TALK, IN_PERSON, friend);         // not meaningful

        assertThat(journal.insight(friend).cadence().source()).isEqualTo(Cadence.Source.RING);
    }

    @ParameterizedTest(name = "ring {0}, kin {1}, a talk every {2} days: cadence {3}")
    @CsvSource({
        "FIFTEEN,  false,   5, 15",     // median 5, kept to at least 0.5 × 30
        "FIFTEEN,  true,    5, 22.5",   // at least 0.5 × 45 for family
        "FIFTEEN,  false, 100, 60",     // median 100, kept to at most 2 × 30
        "FIFTEEN,  true,  100, 90",     // at most 2 × 45
        "FIVE,     false,  12, 12",     // within 3.5–14: the rhythm itself
        "FIFTY,    false, 100, 100",    // within 91–364
    })
    void theRhythmIsKeptWithinHalfAndTwiceTheTarget(Ring ring, boolean kin, int gap, double cadence) {
        Person friend = friend(ring, kin, null);
        talkEvery(friend, gap, 7);

        assertThat(journal.insight(friend).cadenceDays()).isEqualTo(cadence);
    }

    @ParameterizedTest(name = "ring {0}, kin {1}: target {2}")
    @CsvSource({
        "FIVE,      false,   7", "FIVE,      true,  10.5",
        "FIFTEEN,   false,  30", "FIFTEEN,   true,  45",
        "FIFTY,     false, 182", "FIFTY,     true, 273",
        "ONE_FIFTY, false, 365", "ONE_FIFTY, true, 547.5",
    })
    void withoutARhythmTheRingsTargetHolds(Ring ring, boolean kin, double target) {
        Person friend = friend(ring, kin, null);
        journal.talk(3, CATCH_UP, CALL, friend);

        Cadence cadence = journal.insight(friend).cadence();
        assertThat(cadence.days()).isEqualTo(target);
        assertThat(cadence.source()).isEqualTo(Cadence.Source.RING);
    }

    @Test
    void aCadenceOfTheirOwnWinsOverRhythmAndRing() {
        Person friend = friend(Ring.FIFTEEN, true, 60);
        talkEvery(friend, 10, 7);

        assertThat(journal.insight(friend).cadence().days()).isEqualTo(60);
        assertThat(journal.insight(friend).cadence().source()).isEqualTo(Cadence.Source.OWN);
    }

    @Test
    void theSuggestionIsWhatKithWouldTakeWithoutTheirOwnCadence() {
        Person rhythmic = friend(Ring.FIFTEEN, false, 60);
        talkEvery(rhythmic, 20, 7);
        Person ringOnly = friend(Ring.FIFTY, true, 30);
        journal.talk(10, CATCH_UP, CALL, ringOnly);
        Person outside = friend(null, false, 100);

        assertThat(journal.insight(rhythmic).cadence().suggestedDays()).as("the median gap").isEqualTo(20);
        assertThat(journal.insight(ringOnly).cadence().suggestedDays()).as("ring 50 × 1.5 for family").isEqualTo(273);
        assertThat(journal.insight(outside).cadence().suggestedDays()).isNull();
        Person own = friend(Ring.FIFTEEN, false, null);
        talkEvery(own, 2, 7);
        assertThat(journal.insight(own).cadence().suggestedDays()).as("kept at half the target")
                .isEqualTo(journal.insight(own).cadence().days()).isEqualTo(15);
    }

    @Test
    void outsideTheRingsOnlyACadenceOfTheirOwnCounts() {
        Person stranger = friend(null, false, null);
        Person contact = friend(null, false, 100);
        journal.talk(200, SMALL_TALK, IN_PERSON, stranger, contact);   // small talk: outside the rings

        assertThat(journal.insight(stranger).cadence()).isNull();
        assertThat(journal.insight(stranger).overdueRatio()).isNull();
        assertThat(journal.insight(contact).cadenceDays()).isEqualTo(100);
        assertThat(journal.insight(contact).overdueRatio()).isEqualTo(2.0);   // 200 / 100, from the latest of any kind
    }

    @Test
    void aCadenceWithoutConversationsHasNoRatio() {
        Person friend = friend(Ring.FIVE, false, null);

        assertThat(journal.at(T).of(friend.id()).cadenceDays()).isEqualTo(7);
        assertThat(journal.at(T).of(friend.id()).overdueRatio()).isNull();
        assertThat(journal.at(T).of(friend.id()).overdue()).isNull();
    }
}
