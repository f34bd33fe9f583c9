package app.kith.insight;

import static app.kith.insight.TestJournal.T;
import static org.assertj.core.api.Assertions.assertThat;

import app.kith.domain.Ring;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** PRODUCT.md's eight personas must read as a thoughtful person would read them, whatever the seed. */
class PersonasTest {

    private Personas personas;
    private JournalInsight insight;

    private void compute(long seed) {
        personas = new Personas(seed);
        insight = personas.journal.at(T);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
    void mayaTheCloseFriendIsDeepEvenActiveCloseAndNotDue(long seed) {
        compute(seed);
        PersonInsight maya = insight.of(personas.maya.id());

        assertThat(maya.kind()).isEqualTo(Kind.CHAT);
        assertThat(maya.balance()).isEqualTo(Balance.EVEN);
        assertThat(maya.initiative()).isEqualTo(Initiative.SHARED);
        assertThat(maya.status()).isEqualTo(Status.ACTIVE);
        assertThat(maya.placedRing()).isIn(Ring.FIVE, Ring.FIFTEEN);
        assertThat(maya.depth()).isGreaterThanOrEqualTo(70);
        assertThat(maya.inReview()).isFalse();
        assertThat(insight.reviewQueue()).doesNotContain(maya);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
    void tomTheConferenceAcquaintanceIsChitAndShallow(long seed) {
        compute(seed);
        PersonInsight tom = insight.of(personas.tom.id());

        assertThat(tom.kind()).isEqualTo(Kind.CHIT);
        assertThat(tom.depth()).isLessThan(20);
        assertThat(tom.lastInteraction()).isEqualTo(T.minusDays(21));
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
    void devTheColleagueIsWarmChitWellBelowMaya(long seed) {
        compute(seed);
        PersonInsight dev = insight.of(personas.dev.id());
        PersonInsight maya = insight.of(personas.maya.id());
        PersonInsight tom = insight.of(personas.tom.id());

        assertThat(dev.kind()).isEqualTo(Kind.CHIT);
        assertThat(dev.figures().time()).isGreaterThan(0.95);                  // high warmth: Time all but full
        assertThat(dev.figures().warmth()).isGreaterThan(10 * tom.figures().warmth());
        assertThat(dev.depth()).isLessThanOrEqualTo(maya.depth() - 30);       // well below Maya's
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
    void rajTheAskerTakesAndCalls(long seed) {
        compute(seed);
        PersonInsight raj = insight.of(personas.raj.id());

        assertThat(raj.balance()).isEqualTo(Balance.YOU_GIVE);
        assertThat(raj.initiative()).isEqualTo(Initiative.THEY_REACH_OUT);
        assertThat(raj.evidence().favours()).isEqualTo(8);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
    void samWhoHelpedMeIsOwedAndInTheReviewForIt(long seed) {
        compute(seed);
        PersonInsight sam = insight.of(personas.sam.id());

        assertThat(sam.balance()).isEqualTo(Balance.YOU_OWE);
        assertThat(sam.placedRing()).isEqualTo(Ring.FIFTEEN);
        assertThat(insight.reviewQueue()).contains(sam);
        assertThat(sam.reason()).startsWith("Monthly friend \u00b7 50 days since you talked (")
                .endsWith(") \u00b7 you owe a favour");
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
    void lenaTheOldFriendKeepsHerRingAndTopsTheReview(long seed) {
        compute(seed);
        PersonInsight lena = insight.of(personas.lena.id());

        assertThat(lena.status()).isIn(Status.FADING, Status.DORMANT);
        assertThat(lena.placedRing()).isEqualTo(Ring.FIFTEEN);
        assertThat(lena.overdue()).isEqualTo(Overdue.LAPSING);
        assertThat(insight.reviewQueue().get(0)).isEqualTo(lena);
        assertThat(lena.reason()).matches("Monthly friend \u00b7 14 months since you talked \\(1[3-5]\u00d7\\)");
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
    void chrisTheNewColleagueIsNew(long seed) {
        compute(seed);

        assertThat(insight.of(personas.chris.id()).status()).isEqualTo(Status.NEW);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
    void rosaTheGrandmotherIsChatAndOnTrackWithTheKinCadence(long seed) {
        compute(seed);
        PersonInsight rosa = insight.of(personas.rosa.id());

        assertThat(rosa.kind()).isEqualTo(Kind.CHAT);
        assertThat(rosa.overdue()).isEqualTo(Overdue.ON_TRACK);
        assertThat(rosa.cadence().target()).isEqualTo(Cadence.ringTarget(rosa.placedRing()) * 1.5);
        assertThat(rosa.cadenceDays()).isBetween(rosa.cadence().target() / 2, rosa.cadence().target() * 2);
        assertThat(insight.reviewQueue()).doesNotContain(rosa);
    }
}
