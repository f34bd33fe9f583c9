package app.kith.insight;

import static app.kith.domain.Channel.CALL;
import static app.kith.domain.Channel.IN_PERSON;
import static app.kith.domain.Channel.SOCIAL;
import static app.kith.domain.Depth.CATCH_UP;
import static app.kith.domain.Depth.DEEP;
import static app.kith.domain.Depth.PERSONAL;
import static app.kith.domain.Depth.SMALL_TALK;
import static app.kith.domain.FavourDirection.GIVEN;
import static app.kith.domain.FavourDirection.RECEIVED;
import static app.kith.domain.FavourSize.LARGE;
import static app.kith.domain.FavourSize.MEDIUM;
import static app.kith.domain.FavourSize.SMALL;
import static app.kith.domain.FavourStatus.DONE;
import static app.kith.domain.FavourStatus.PROMISED;
import static app.kith.domain.Initiator.ME;
import static app.kith.domain.Initiator.MUTUAL;
import static app.kith.domain.Initiator.THEM;
import static app.kith.insight.TestJournal.T;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.kith.domain.Person;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TimelineScorerTest {

    private static final double EXACT = 1e-12;

    private final TestJournal journal = new TestJournal();
    private final Person maya = journal.person("Maya");

    private Score score(LocalDate asOf) {
        return new TimelineScorer(asOf, HalfLife.DEFAULT).score(journal.timeline(maya));
    }

    /** The worked example: three conversations, three favours, and one of each in the future. */
    private void logTheWorkedExample() {
        journal.talk(T, DEEP, IN_PERSON, ME, 30, maya);               // w 5, age 0: 5
        journal.talk(T.minusDays(90), CATCH_UP, CALL, THEM, null, maya); // w 1.4, age 90: 0.7
        journal.talk(180, SMALL_TALK, SOCIAL, maya);                  // w 0.15, age 180: 0.0375
        journal.talk(T.plusDays(1), DEEP, IN_PERSON, ME, 30, maya);   // future: never counts
        journal.favour(maya, 0, GIVEN, MEDIUM, DONE);                 // 3
        journal.favour(maya, 365, RECEIVED, LARGE, DONE);             // 8 × 2^(-365/365) = 4
        journal.favour(maya, 730, GIVEN, SMALL, PROMISED);            // 1 × 0.5 × 2^-2 = 0.125
        journal.favour(maya, T.plusDays(10), RECEIVED, LARGE, DONE);  // future
    }

    @Test
    void warmthSubstanceAndChatShareAreDecayedSums() {
        logTheWorkedExample();

        Figures figures = score(T).figures();

        assertThat(figures.warmth()).isCloseTo(5.7375, within(EXACT));      // 5 + 0.7 + 0.0375
        assertThat(figures.substance()).isCloseTo(5, within(EXACT));        // the deep talk only
        assertThat(figures.chatShare()).isCloseTo(0.8714596949891068, within(EXACT));
    }

    @Test
    void favoursAreDecayedOverAYearAndPromisesCountHalf() {
        logTheWorkedExample();

        Figures figures = score(T).figures();

        assertThat(figures.favoursGiven()).isCloseTo(3.125, within(EXACT));   // 3 + 0.125
        assertThat(figures.favoursReceived()).isCloseTo(4, within(EXACT));    // the future large one does not count
        assertThat(figures.favourBalance()).isCloseTo(-0.08641975308641975, within(EXACT));
        assertThat(figures.depth()).isEqualTo(71);                            // FiguresTest works it out
    }

    @Test
    void lastYearMeansAfterTMinus365AndOnOrBeforeT() {
        logTheWorkedExample();

        Evidence evidence = score(T).evidence();

        assertThat(evidence.interactions()).isEqualTo(3);
        assertThat(evidence.interactionsLastYear()).isEqualTo(3);
        assertThat(evidence.startedByMe()).isEqualTo(1);
        assertThat(evidence.startedByThem()).isEqualTo(1);
        assertThat(evidence.favours()).isEqualTo(3);
        assertThat(evidence.favoursGivenLastYear()).isEqualTo(1);     // the one of T - 730 is too old
        assertThat(evidence.favoursReceivedLastYear()).isZero();      // T - 365 is not after T - 365
        assertThat(evidence.first()).isEqualTo(T.minusDays(180));
        assertThat(evidence.latest()).isEqualTo(T);
        assertThat(evidence.latestSubstantial()).isEqualTo(T);
        assertThat(evidence.latestMeaningful()).isEqualTo(T);
        assertThat(evidence.latestFavour()).isEqualTo(T);
    }

    @Test
    void depthHalfAYearAgoIsDepthAsOfThatDay() {
        logTheWorkedExample();
        // As of T - 180 only the social small talk (age 0, 0.15) and two favours count:
        // Fr = 8 × 2^(-185/365) = 5.630062, Fg = 0.5 × 2^(-550/365) = 0.175939, Rf = -0.619364,
        // Time = 1 - e^(-0.03) = 0.029554, Services = (1 - e^(-1.161200)) × (1 - 0.309682) = 0.474172
        // Depth = round(30 × 0.029554 + 20 × 0.474172) = round(0.887 + 9.483) = 10
        Score now = score(T);
        Score then = score(T.minusDays(180));

        assertThat(now.depthHalfYearAgo()).isEqualTo(10).isEqualTo(then.figures().depth());
    }

    @Test
    void initiativeCountsOnlyMeAndThemWithinTheYear() {
        journal.talk(1, CATCH_UP, CALL, ME, maya);
        journal.talk(2, CATCH_UP, CALL, MUTUAL, maya);      // neither
        journal.talk(3, CATCH_UP, CALL, maya);              // not noted: neither
        journal.talk(364, CATCH_UP, CALL, THEM, maya);      // inside the year
        journal.talk(365, CATCH_UP, CALL, THEM, maya);      // T - 365: outside

        Evidence evidence = score(T).evidence();

        assertThat(evidence.startedByMe()).isEqualTo(1);
        assertThat(evidence.startedByThem()).isEqualTo(1);
        assertThat(evidence.interactionsLastYear()).isEqualTo(4);
    }

    @Test
    void aLeapDayIsOneMoreWholeDay() {
        LocalDate march1st = LocalDate.of(2024, 3, 1);
        journal.talk(LocalDate.of(2024, 2, 28), DEEP, IN_PERSON, null, null, maya);  // age 2, through Feb 29
        journal.talk(LocalDate.of(2023, 3, 3), CATCH_UP, CALL, null, null, maya);    // age 364: in the year
        journal.talk(LocalDate.of(2023, 3, 2), CATCH_UP, CALL, null, null, maya);    // age 365: not

        Score score = score(march1st);

        // 5 × 2^(-2/90) = 5 × 0.984715
        assertThat(score.figures().substance()).isCloseTo(4.923573764672156, within(EXACT));
        assertThat(score.evidence().interactionsLastYear()).isEqualTo(2);
    }

    @Test
    void twoConversationsOnOneDayBothCount() {
        journal.talk(10, PERSONAL, IN_PERSON, maya);
        journal.talk(10, PERSONAL, IN_PERSON, maya);

        Score score = score(T);

        assertThat(score.figures().warmth()).isCloseTo(2 * 3 * Math.pow(2, -10 / 90.0), within(EXACT));
        assertThat(score.evidence().interactions()).isEqualTo(2);
        assertThat(score.evidence().meaningfulInRingYear()).isEqualTo(2);
        assertThat(score.evidence().rhythmDays()).isEqualTo(1);   // one day in the rhythm
    }

    @Test
    void aGroupConversationCountsForEachPersonWithTheGroupShare() {
        Person ben = journal.person("Ben");
        Person cleo = journal.person("Cleo");
        Person dan = journal.person("Dan");
        journal.talk(T, DEEP, IN_PERSON, null, 30, maya, ben, cleo, dan);   // 5 × 1 × 1 × 1/sqrt(4)

        for (Person person : new Person[] {maya, ben, cleo, dan}) {
            Score score = new TimelineScorer(T, HalfLife.DEFAULT).score(journal.timeline(person));
            assertThat(score.figures().warmth()).isCloseTo(2.5, within(EXACT));
        }
    }

    @Test
    void onlyFutureEntriesCountAsNothing() {
        journal.talk(T.plusDays(1), DEEP, IN_PERSON, ME, 60, maya);
        journal.favour(maya, T.plusDays(3), GIVEN, LARGE, DONE);

        Score score = score(T);

        assertThat(score.figures()).isEqualTo(Figures.of(0, 0, 0, 0, 0, 0));
        assertThat(score.evidence().interactions()).isZero();
        assertThat(score.evidence().latest()).isNull();
        assertThat(score.evidence().favours()).isZero();
    }

    @Test
    void theHalfLifeSetsHowFastWarmthFades() {
        journal.talk(90, SMALL_TALK, IN_PERSON, maya);   // w 1, age 90

        assertThat(new TimelineScorer(T, new HalfLife(30)).score(journal.timeline(maya)).figures().warmth())
                .isCloseTo(0.125, within(EXACT));                  // 2^-3
        assertThat(score(T).figures().warmth()).isCloseTo(0.5, within(EXACT));
        assertThat(new TimelineScorer(T, new HalfLife(365)).score(journal.timeline(maya)).figures().warmth())
                .isCloseTo(0.842894899250724, within(EXACT));      // 2^(-90/365)
    }
}
