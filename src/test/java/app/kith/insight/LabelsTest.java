package app.kith.insight;

import static app.kith.domain.Channel.IN_PERSON;
import static app.kith.domain.Channel.LETTER;
import static app.kith.domain.Depth.CATCH_UP;
import static app.kith.domain.Depth.DEEP;
import static app.kith.domain.Depth.PERSONAL;
import static app.kith.domain.Depth.SMALL_TALK;
import static app.kith.domain.FavourDirection.GIVEN;
import static app.kith.domain.FavourDirection.RECEIVED;
import static app.kith.domain.FavourSize.MEDIUM;
import static app.kith.domain.FavourSize.SMALL;
import static app.kith.domain.FavourStatus.DONE;
import static app.kith.domain.FavourStatus.PROMISED;
import static app.kith.domain.Initiator.ME;
import static app.kith.domain.Initiator.MUTUAL;
import static app.kith.domain.Initiator.THEM;
import static app.kith.insight.TestJournal.T;
import static org.assertj.core.api.Assertions.assertThat;

import app.kith.domain.Initiator;
import app.kith.domain.Person;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LabelsTest {

    private final TestJournal journal = new TestJournal();
    private final Person maya = journal.person("Maya");

    private PersonInsight maya() {
        return journal.insight(maya);
    }

    /** Substance 5 + 3 + 2.5 = 10.5, all of today, with nineteen small talks in person (1 each). */
    private void logSubstanceAndNineteenSmallTalks() {
        journal.talk(0, DEEP, IN_PERSON, maya);
        journal.talk(0, PERSONAL, IN_PERSON, maya);
        journal.talk(0, DEEP, LETTER, maya);
        for (int i = 0; i < 19; i++) {
            journal.talk(0, SMALL_TALK, IN_PERSON, maya);
        }
    }

    @Test
    void chatFromAChatShareOf35Percent() {
        logSubstanceAndNineteenSmallTalks();
        journal.talk(0, SMALL_TALK, LETTER, maya);      // 0.5: E = 30, share 10.5 / 30 = 0.35

        assertThat(maya().figures().chatShare()).isEqualTo(0.35);
        assertThat(maya().kind()).isEqualTo(Kind.CHAT);
    }

    @Test
    void chitJustBelow() {
        logSubstanceAndNineteenSmallTalks();
        journal.talk(0, SMALL_TALK, IN_PERSON, maya);   // 1: E = 30.5, share 0.344

        assertThat(maya().kind()).isEqualTo(Kind.CHIT);
    }

    @Test
    void noKindWithoutConversations() {
        journal.favour(maya, 0, GIVEN, SMALL, DONE);

        assertThat(maya().kind()).isNull();
    }

    @Test
    void youGiveFromABalanceOfPoint4WithThreeFavours() {
        journal.favour(maya, 0, GIVEN, SMALL, DONE);       // 1
        journal.favour(maya, 0, GIVEN, SMALL, PROMISED);   // 0.5
        journal.favour(maya, 0, GIVEN, SMALL, PROMISED);   // 0.5: Fg 2, Rf = 2 / 5 = 0.4

        assertThat(maya().figures().favourBalance()).isEqualTo(0.4);
        assertThat(maya().balance()).isEqualTo(Balance.YOU_GIVE);
    }

    @Test
    void evenJustBelowPoint4() {
        journal.favour(maya, 0, GIVEN, SMALL, DONE);
        journal.favour(maya, 0, GIVEN, SMALL, PROMISED);
        journal.favour(maya, 1, GIVEN, SMALL, PROMISED);   // 0.5 × 2^(-1/365): Rf 0.39985

        assertThat(maya().balance()).isEqualTo(Balance.EVEN);
    }

    @Test
    void twoFavoursInTheYearAreTooFewToLean() {
        journal.favour(maya, 0, GIVEN, MEDIUM, DONE);
        journal.favour(maya, 0, GIVEN, MEDIUM, DONE);      // Rf 6 / 9 = 0.67, but only two
        journal.favour(maya, 365, GIVEN, MEDIUM, DONE);    // T - 365 is not in the last year

        assertThat(maya().figures().favourBalance()).isGreaterThan(0.6);
        assertThat(maya().balance()).isEqualTo(Balance.EVEN);

        journal.favour(maya, 364, GIVEN, SMALL, DONE);     // a third one inside the year
        assertThat(maya().balance()).isEqualTo(Balance.YOU_GIVE);
    }

    @Test
    void youOweFromABalanceOfMinusPoint4() {
        journal.favour(maya, 0, RECEIVED, SMALL, DONE);
        journal.favour(maya, 0, RECEIVED, SMALL, PROMISED);
        journal.favour(maya, 0, RECEIVED, SMALL, PROMISED);   // Rf = -2 / 5 = -0.4

        assertThat(maya().balance()).isEqualTo(Balance.YOU_OWE);
    }

    @Test
    void evenWithoutFavours() {
        assertThat(maya().balance()).isEqualTo(Balance.EVEN);
    }

    @ParameterizedTest(name = "me {0}, them {1}, mutual {2}, not noted {3}: {4}")
    @CsvSource({
        "5, 1, 0, 0, YOU_REACH_OUT",   // Ri = 4 / 8 = 0.5 with 6 of known initiator
        "6, 2, 0, 0, SHARED",          // Ri = 4 / 10 = 0.4
        "5, 0, 1, 0, SHARED",          // Ri = 5 / 7 = 0.71, but a mutual one is no evidence: 5 < 6
        "5, 0, 0, 3, SHARED",          // nor are ones not noted
        "6, 0, 0, 0, YOU_REACH_OUT",   // 6 / 8
        "1, 5, 0, 0, THEY_REACH_OUT",  // -4 / 8 = -0.5
        "2, 5, 0, 0, SHARED",          // -3 / 9 = -0.33
        "0, 0, 9, 0, SHARED",
    })
    void initiativeLeansOnlyWithSixOfKnownInitiator(int mine, int theirs, int mutual, int unknown, Initiative label) {
        logStarts(mine, ME);
        logStarts(theirs, THEM);
        logStarts(mutual, MUTUAL);
        logStarts(unknown, null);

        assertThat(maya().initiative()).isEqualTo(label);
    }

    @Test
    void initiativeOfMoreThanAYearAgoIsNoEvidence() {
        logStarts(5, ME);
        journal.talk(365, CATCH_UP, IN_PERSON, THEM, maya);   // T - 365: not in the year

        assertThat(maya().initiative()).isEqualTo(Initiative.SHARED);
    }

    private void logStarts(int count, Initiator initiator) {
        for (int i = 0; i < count; i++) {
            journal.talk(10 + i, CATCH_UP, IN_PERSON, initiator, maya);
        }
    }

    @Test
    void newWithoutConversations() {
        journal.favour(maya, 3, RECEIVED, SMALL, DONE);

        assertThat(maya().status()).isEqualTo(Status.NEW);
    }

    @Test
    void dormantWhenTheLatestIsMoreThanAYearOld() {
        journal.talk(366, DEEP, IN_PERSON, maya);
        assertThat(maya().status()).isEqualTo(Status.DORMANT);
    }

    @Test
    void activeWhenTheLatestIsExactlyAYearOld() {
        journal.talk(365, DEEP, IN_PERSON, maya);
        // Depth then: E = S = 5 × 2^(-185/90) = 1.20, Depth 19 (< 40): not fading either
        assertThat(maya().score().depthHalfYearAgo()).isEqualTo(19);
        assertThat(maya().status()).isEqualTo(Status.ACTIVE);
    }

    @ParameterizedTest(name = "first {0} days ago, {1} conversations: {2}")
    @CsvSource({
        "59, 4, NEW",
        "59, 5, ACTIVE",    // five conversations make it more than new
        "60, 4, ACTIVE",    // two months make it more than new
    })
    void newWhileTheFirstIsRecentAndFew(int firstDaysAgo, int count, Status status) {
        for (int i = 0; i < count; i++) {
            journal.talk(firstDaysAgo - i, CATCH_UP, IN_PERSON, maya);
        }
        assertThat(maya().status()).isEqualTo(status);
    }

    @Test
    void fadingWhenDepthFellBelow60PercentOfHalfAYearAgo() {
        journal.talk(180, DEEP, IN_PERSON, maya);
        journal.talk(180, DEEP, IN_PERSON, maya);
        // As of T - 180: E = S = 10, Depth = round(30 × 0.864665 + 50 × 0.917915) = round(71.84) = 72.
        // As of T: E = S = 10 × 2^-2 = 2.5, Depth = round(30 × 0.393469 + 50 × 0.464739) = 35 < 43.2.
        PersonInsight insight = maya();

        assertThat(insight.score().depthHalfYearAgo()).isEqualTo(72);
        assertThat(insight.depth()).isEqualTo(35);
        assertThat(insight.status()).isEqualTo(Status.FADING);
    }

    @ParameterizedTest(name = "Depth {0} now, {1} then: thinner {2}")
    @CsvSource({
        "29, 50, true",
        "30, 50, false",   // exactly 60%: not below
        "23, 40, true",    // 23 < 24
        "24, 40, false",
        "0, 100, true",
    })
    void thinnerComparesWholeDepths(int now, int then, boolean thinner) {
        assertThat(Status.isThinner(now, then)).isEqualTo(thinner);
    }

    @ParameterizedTest(name = "{0} meaningful talks recently, {1} before: rarer {2}")
    @CsvSource({
        "0, 2, true",      // the least that counts: two, then none
        "1, 2, false",     // exactly half is not fewer than half
        "0, 1, false",     // one talk and then none is no pattern
        "2, 5, true",      // 4 < 5
        "3, 5, false",
        "3, 4, false",
        "7, 3, false",
    })
    void rarerNeedsFewerThanHalfOfAtLeastTwo(int recent, int before, boolean rarer) {
        assertThat(Status.isRarer(recent, before)).isEqualTo(rarer);
    }
}
