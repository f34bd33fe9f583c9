package app.kith.insight;

import static app.kith.domain.Channel.CALL;
import static app.kith.domain.Channel.IN_PERSON;
import static app.kith.domain.Depth.CATCH_UP;
import static app.kith.domain.Depth.DEEP;
import static app.kith.domain.FavourDirection.RECEIVED;
import static app.kith.domain.FavourSize.LARGE;
import static app.kith.domain.FavourStatus.DONE;
import static app.kith.insight.TestJournal.T;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import app.kith.domain.Person;
import app.kith.domain.Ring;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class JournalInsightTest {

    private final TestJournal journal = new TestJournal();

    @Test
    void anEmptyJournalHasNobodyToReview() {
        JournalInsight insight = journal.at(T);

        assertThat(insight.people()).isEmpty();
        assertThat(insight.reviewQueue()).isEmpty();
        assertThat(insight.inRing(Ring.FIVE)).isEmpty();
        assertThat(insight.asOf()).isEqualTo(T);
        assertThat(insight.halfLife()).isEqualTo(HalfLife.DEFAULT);
    }

    @Test
    void somebodyWithNothingLoggedIsNewAndOutsideWithoutCadence() {
        Person nobody = journal.person("Nobody");

        PersonInsight insight = journal.insight(nobody);

        assertThat(insight.depth()).isZero();
        assertThat(insight.kind()).isNull();
        assertThat(insight.balance()).isEqualTo(Balance.EVEN);
        assertThat(insight.initiative()).isEqualTo(Initiative.SHARED);
        assertThat(insight.status()).isEqualTo(Status.NEW);
        assertThat(insight.placedRing()).isNull();
        assertThat(insight.cadence()).isNull();
        assertThat(insight.overdueRatio()).isNull();
        assertThat(insight.lastInteraction()).isNull();
        assertThat(insight.priority()).isZero();
        assertThat(insight.inReview()).isFalse();
    }

    @Test
    void onlyFavoursGiveServicesAndABalanceButNoPlaceInTheReview() {
        Person sam = journal.person("Sam");
        for (int i = 0; i < 3; i++) {
            journal.favour(sam, 0, RECEIVED, LARGE, DONE);
        }
        // Fr 24: Services (1 - e^-4.8) × (1 - 0.5 × 24/27) = 0.991770 × 0.555556 = 0.550983, Depth round(11.02)
        PersonInsight insight = journal.insight(sam);

        assertThat(insight.figures().services()).isCloseTo(0.5509834738616556, within(1e-12));
        assertThat(insight.depth()).isEqualTo(11);
        assertThat(insight.balance()).isEqualTo(Balance.YOU_OWE);
        assertThat(insight.kind()).isNull();
        assertThat(insight.status()).isEqualTo(Status.NEW);
        assertThat(insight.priority()).isEqualTo(2);
        assertThat(insight.inReview()).isFalse();
    }

    @Test
    void futureEntriesNeverCount() {
        Person control = journal.person("Control");
        Person chris = journal.person(Person.builder().name("Chris").cadenceDays(7));
        journal.talk(T.plusDays(1), DEEP, IN_PERSON, null, 60, chris);
        journal.favour(chris, T.plusDays(2), RECEIVED, LARGE, DONE);
        journal.followUp(chris, T.plusDays(3), false);

        PersonInsight insight = journal.insight(chris);

        assertThat(insight.score()).isEqualTo(journal.insight(control).score());
        assertThat(insight.status()).isEqualTo(Status.NEW);
        assertThat(insight.overdueRatio()).isNull();
        assertThat(insight.inReview()).isFalse();
    }

    @Test
    void asOfAnEarlierDateLaterEntriesAreTheFuture() {
        Person chris = journal.person("Chris");
        journal.talk(21, CATCH_UP, IN_PERSON, chris);
        journal.talk(3, CATCH_UP, IN_PERSON, chris);

        assertThat(journal.at(T.minusDays(22)).of(chris.id()).evidence().interactions()).isZero();
        assertThat(journal.at(T.minusDays(21)).of(chris.id()).evidence().interactions()).isEqualTo(1);
        assertThat(journal.at(T.minusDays(21)).of(chris.id()).lastInteraction()).isEqualTo(T.minusDays(21));
    }

    @Test
    void theArchivedAreNeitherInTheRingsNorInTheReview() {
        Person gone = journal.person(Person.builder().name("Gone").cadenceDays(7).ring(Ring.FIVE).archived(true));
        journal.talk(100, DEEP, IN_PERSON, gone);
        journal.followUp(gone, T.minusDays(1), false);

        PersonInsight insight = journal.insight(gone);

        assertThat(insight.overdue()).isEqualTo(Overdue.LAPSING);      // 100 / 7
        assertThat(insight.dueFollowUps()).isEqualTo(1);
        assertThat(insight.placedRing()).isNull();
        assertThat(insight.ring().movedOut()).isFalse();
        assertThat(insight.explain().ring()).isEqualTo("Outside the rings: archived");
        assertThat(insight.inReview()).isFalse();
        assertThat(journal.at(T).reviewQueue()).isEmpty();
    }

    @Test
    void aLeapDayCountsAsOneDay() {
        Person friend = journal.person(Person.builder().name("Leap").cadenceDays(365));
        journal.talk(LocalDate.of(2023, 2, 28), CATCH_UP, CALL, null, null, friend);

        PersonInsight insight = journal.at(LocalDate.of(2024, 2, 29)).of(friend.id());

        assertThat(insight.overdueRatio()).isEqualTo(366 / 365.0);   // a year with Feb 29 in it
        assertThat(insight.overdue()).isEqualTo(Overdue.DUE);
        assertThat(insight.status()).isEqualTo(Status.DORMANT);       // 366 days > 365
    }

    @Test
    void aShorterHalfLifeForgetsFaster() {
        Person lena = journal.person("Lena");
        journal.talk(90, DEEP, IN_PERSON, lena);        // w 5, age 90

        // H 30: S = 5/8 = 0.625; H 90: 2.5; H 365: 5 × 2^(-90/365) = 4.214
        assertThat(journal.at(T, 30).of(lena.id()).figures().substance()).isCloseTo(0.625, within(1e-12));
        assertThat(journal.at(T, 90).of(lena.id()).figures().substance()).isCloseTo(2.5, within(1e-12));
        assertThat(journal.at(T, 365).of(lena.id()).figures().substance()).isCloseTo(4.21447449625362, within(1e-12));
        assertThat(journal.at(T, 30).of(lena.id()).depth()).isLessThan(journal.at(T, 365).of(lena.id()).depth());
        assertThat(journal.at(T, 30).halfLife()).isEqualTo(new HalfLife(30));
    }

    @Test
    void aHalfLifeOutOfRangeIsRefusedInWords() {
        assertThatThrownBy(() -> journal.at(T, 400))
                .hasMessage("the half-life must be between 30 and 365 days, not 400");
    }

    @Test
    void aPersonGivenTwiceIsRefusedInWords() {
        Person twice = journal.person("Twice");
        journal.people.add(twice);

        assertThatThrownBy(() -> journal.at(T))
                .hasMessage("Twice (" + twice.id() + ") appears twice");
    }

    @Test
    void storedTimelinesGiveTheSameInsightAsTheRecords() {
        Personas personas = new Personas(11);
        TestJournal personaJournal = personas.journal;
        Map<UUID, PersonTimeline> timelines = PersonTimeline.allOf(personaJournal.interactions, personaJournal.favours);

        JournalInsight fromRecords = personaJournal.at(T);
        JournalInsight fromTimelines = JournalInsight.compute(personaJournal.people, timelines,
                personaJournal.followUps, personaJournal.snoozedUntil, T, HalfLife.DEFAULT);

        assertThat(fromTimelines.people()).isEqualTo(fromRecords.people());
        assertThat(fromTimelines.reviewQueue()).isEqualTo(fromRecords.reviewQueue());
    }

    @Test
    void theOrderPeopleComeInChangesNothingButTheListOrder() {
        Personas personas = new Personas(12);
        List<Person> shuffled = new ArrayList<>(personas.journal.people);
        Collections.shuffle(shuffled, new Random(12));

        JournalInsight given = personas.journal.at(T);
        JournalInsight reordered = JournalInsight.compute(shuffled, personas.journal.interactions,
                personas.journal.favours, personas.journal.followUps, Map.of(), T, 90);

        assertThat(reordered.reviewQueue()).isEqualTo(given.reviewQueue());
        assertThat(reordered.people()).containsExactlyInAnyOrderElementsOf(given.people());
        for (Ring ring : Ring.values()) {
            assertThat(reordered.inRing(ring)).isEqualTo(given.inRing(ring));
        }
    }
}
