package app.kith.insight;

import static app.kith.domain.Channel.CALL;
import static app.kith.domain.Channel.IN_PERSON;
import static app.kith.domain.Depth.CATCH_UP;
import static app.kith.domain.Depth.DEEP;
import static app.kith.domain.Depth.PERSONAL;
import static app.kith.domain.Depth.SMALL_TALK;
import static org.assertj.core.api.Assertions.assertThat;

import app.kith.domain.Channel;
import app.kith.domain.Depth;
import app.kith.domain.Person;
import org.junit.jupiter.api.Test;

/**
 * The Fading status of model v1.1 (PRODUCT.md, Status), worked by hand: Depth as of T − 180 at
 * least 40, and either Depth now below 60% of it (thinner) or the meaningful talks of (T − 180, T]
 * fewer than half of those of (T − 360, T − 180], from at least 2 (rarer). T is 2026-11-22, so
 * T − 180 is 2026-05-26 and the earlier half year runs from 2025-11-28. H = 90: an entry of age a
 * counts 2^(−a/90); Depth = round(100 × (0.3 × (1 − e^(−E/5)) + 0.5 × (1 − e^(−S/4)))) without favours.
 */
class FadingTest {

    private TestJournal journal = new TestJournal();
    private Person friend = journal.person("Friend");

    private PersonInsight friend() {
        return journal.insight(friend);
    }

    private void talk(int daysAgo, Depth depth, Channel channel) {
        journal.talk(daysAgo, depth, channel, friend);
    }

    @Test
    void aWeeklyDeepFriendSilentFor100DaysIsFadingBecauseTheTalksGrewRarer() {
        for (int daysAgo = 100; daysAgo <= 730; daysAgo += 7) {
            talk(daysAgo, DEEP, IN_PERSON);   // w = 5, every week for two years until 100 days ago
        }
        // Now: E = S = 5 × 2^(−100/90) / (1 − 2^(−7/90)) ≈ 43.8 (less the tail beyond two years): Time and
        // Intimacy are full, Depth round(30 × 0.9998 + 50 × 1.0000) = 80. As of T − 180: E = S ≈ 91, Depth 80.
        // Depth did not move, so only the count can notice: days 100, 107 … 177 are 12 talks since T − 180;
        // days 184 … 359 are 26 in the half year before; 2 × 12 = 24 < 26.
        PersonInsight insight = friend();

        assertThat(insight.depth()).isEqualTo(80);
        assertThat(insight.depthBefore()).isEqualTo(80);
        assertThat(insight.evidence().meaningfulRecent()).isEqualTo(12);
        assertThat(insight.evidence().meaningfulBefore()).isEqualTo(26);
        assertThat(insight.status()).isEqualTo(Status.FADING);
        assertThat(Status.fadingSignal(insight.score())).isEqualTo(FadingSignal.RARER);
        assertThat(insight.explain().status()).isEqualTo(
                "Fading: 26 catch-ups or deeper talks from November last year to May, 12 since");
    }

    @Test
    void aMonthlyDeepCallFriendSilentFor180DaysIsFading() {
        for (int daysAgo = 180; daysAgo <= 180 + 36 * 30; daysAgo += 30) {
            talk(daysAgo, DEEP, CALL);   // w = 5 × 0.7 = 3.5, monthly for three years until 180 days ago
        }
        // As of T − 180 the latest is fresh: E = S = 3.5 × Σ 2^(−30k/90) = 16.96, Time 1 − e^(−3.39) = 0.9664,
        // Intimacy 1 − e^(−4.24) = 0.9856, Depth round(28.99 + 49.28) = 78.
        // Now everything is 180 days older: E = S = 16.96 / 4 = 4.24, Time 0.5718, Intimacy 0.6536,
        // Depth round(17.15 + 32.68) = 50, not below 60% of 78 (46.8): v1 called this friend Active.
        // The count: days 180, 210 … 330 are 6 talks in the earlier half year, none since: 0 < 3.
        PersonInsight insight = friend();

        assertThat(insight.depthBefore()).isEqualTo(78);
        assertThat(insight.depth()).isEqualTo(50);
        assertThat(insight.evidence().meaningfulRecent()).isZero();
        assertThat(insight.evidence().meaningfulBefore()).isEqualTo(6);
        assertThat(insight.status()).isEqualTo(Status.FADING);
        assertThat(insight.explain().status()).isEqualTo(
                "Fading: 6 catch-ups or deeper talks from November last year to May, none since");
    }

    @Test
    void steadyQuarterlyTalksAreActiveAtEveryPhaseOfTheQuarter() {
        for (int phase = 0; phase < 91; phase++) {
            journal = new TestJournal();
            friend = journal.person("Friend");
            for (int daysAgo = phase; daysAgo < 3 * 365; daysAgo += 91) {
                talk(daysAgo, PERSONAL, IN_PERSON);   // w = 3, a long personal talk every quarter
            }
            // 180 days is 89 short of two quarters: as of T − 180 the latest talk is 2 days younger than as of T
            // (phase + 91 − 89), so both Depths are about the same: e.g. phase 0: 60 now, 59 then;
            // phase 60: 46 and 46. Only at phases 89 and 90 is the latest talk as of T − 180 a fresh one
            // (age 0 or 1): Depth 60 then, 40 now, which is not below 36. Each half year holds 2 talks, or
            // 1 at those two phases: 1 against 2 is exactly half, not fewer.
            PersonInsight insight = friend();

            assertThat(insight.status()).as("phase %d: Depth %d now, %d then", phase, insight.depth(),
                    insight.depthBefore()).isEqualTo(Status.ACTIVE);
            assertThat(insight.depthBefore()).as("phase %d", phase).isGreaterThanOrEqualTo(40);
        }
    }

    @Test
    void aSteadyTwiceAYearFriendIsActive() {
        for (int phase = 0; phase < 180; phase++) {
            journal = new TestJournal();
            friend = journal.person("Friend");
            for (int daysAgo = phase; daysAgo < 4 * 365; daysAgo += 182) {
                talk(daysAgo, DEEP, IN_PERSON);   // w = 5, a deep evening together twice a year
            }
            // The latest talk is 2 days older as of T than the one before it was as of T − 180, so Depth hardly
            // moves: phase 0: 63 now, 62 then; phase 120: 36 and 36. Each half year holds at most one talk:
            // never at least 2 before, so never rarer. (At 180 or 181 days, when the next talk is due, the
            // half year since T − 180 holds none and Depth falls from 63 to 25: thinner, as in model v1.)
            PersonInsight insight = friend();

            assertThat(insight.status()).as("phase %d: Depth %d now, %d then", phase, insight.depth(),
                    insight.depthBefore()).isEqualTo(Status.ACTIVE);
            assertThat(insight.evidence().meaningfulBefore()).as("phase %d", phase).isLessThanOrEqualTo(1);
        }
    }

    @Test
    void twoMeaningfulTalksThenNoneIsFading() {
        talk(200, DEEP, IN_PERSON);
        talk(250, DEEP, IN_PERSON);
        // As of T − 180: E = S = 5 × (2^(−20/90) + 2^(−70/90)) = 5 × (0.8572 + 0.5833) = 7.20, Time 0.7632,
        // Intimacy 0.8348, Depth round(22.90 + 41.74) = 65. Now: E = S = 1.80, Time 0.3024, Intimacy 0.3625,
        // Depth round(9.07 + 18.13) = 27 < 39 (thinner); 0 talks since against 2 before (rarer): both.
        PersonInsight insight = friend();

        assertThat(insight.depthBefore()).isEqualTo(65);
        assertThat(insight.depth()).isEqualTo(27);
        assertThat(insight.status()).isEqualTo(Status.FADING);
        assertThat(insight.explain().status()).isEqualTo("Fading: Depth fell from 65 to 27 since May; "
                + "2 catch-ups or deeper talks from November last year to May, none since");
    }

    @Test
    void threeMeaningfulTalksThenFourIsActive() {
        talk(190, DEEP, IN_PERSON);
        talk(250, DEEP, IN_PERSON);
        talk(310, DEEP, IN_PERSON);
        for (int daysAgo : new int[] {20, 60, 100, 140}) {
            talk(daysAgo, DEEP, IN_PERSON);
        }
        // As of T − 180: E = S = 5 × (2^(−10/90) + 2^(−70/90) + 2^(−130/90)) = 9.38, Depth round(25.41 + 45.21) = 71.
        // Now: the three are a quarter of that (2.35), the four recent ones add 5 × (0.8572 + 0.6300 + 0.4629
        // + 0.3402) = 11.45: E = S = 13.80, Depth round(28.10 + 48.41) = 77. 4 talks since, 3 before.
        PersonInsight insight = friend();

        assertThat(insight.depthBefore()).isEqualTo(71);
        assertThat(insight.depth()).isEqualTo(77);
        assertThat(insight.status()).isEqualTo(Status.ACTIVE);
        assertThat(insight.explain().status())
                .isEqualTo("Active: steady, 4 catch-ups or deeper talks since May and 3 in the half year before");
        assertThat(insight.direction().text()).isEqualTo("\u2191 6 since May");
    }

    @Test
    void anEarlierDepthOf39NeverFades() {
        talk(180, PERSONAL, CALL);   // w = 3 × 0.7 = 2.1
        talk(300, PERSONAL, CALL);
        // As of T − 180: E = S = 2.1 × (1 + 2^(−120/90)) = 2.1 × 1.3969 = 2.933, Time 1 − e^(−0.5867) = 0.4438,
        // Intimacy 1 − e^(−0.7333) = 0.5197, Depth round(13.31 + 25.99) = 39. Now E = S = 0.733, Depth 12:
        // both signals would fire (12 < 23.4; none since against 2), but a tie of 39 was too light to fade.
        PersonInsight insight = friend();

        assertThat(insight.depthBefore()).isEqualTo(39);
        assertThat(insight.depth()).isEqualTo(12);
        assertThat(insight.evidence().meaningfulBefore()).isEqualTo(2);
        assertThat(insight.status()).isEqualTo(Status.ACTIVE);
        assertThat(insight.explain().status()).isEqualTo("Active: the latest conversation was 6 months ago");

        // Fifteen days earlier the second call leaves Depth 40 as of T − 180 (E = S = 2.1 × (1 + 2^(−105/90))
        // = 3.035, Depth round(13.65 + 26.59) = 40): the same drift now fades.
        journal = new TestJournal();
        friend = journal.person("Friend");
        talk(180, PERSONAL, CALL);
        talk(285, PERSONAL, CALL);
        assertThat(friend().depthBefore()).isEqualTo(40);
        assertThat(friend().status()).isEqualTo(Status.FADING);
    }

    @Test
    void theV1CaseOfThinnerTalksAtASteadyCountFades() {
        talk(200, DEEP, IN_PERSON);   // w = 5
        talk(345, DEEP, IN_PERSON);
        talk(0, CATCH_UP, CALL);      // w = 2 × 0.7 = 1.4: meaningful, but no substance
        talk(30, CATCH_UP, CALL);
        // As of T − 180: E = S = 5 × (2^(−20/90) + 2^(−165/90)) = 5 × (0.8572 + 0.2806) = 5.689, Time 0.6795,
        // Intimacy 0.7588, Depth round(20.39 + 37.94) = 58.
        // Now: S = 5 × (2^(−200/90) + 2^(−345/90)) = 5 × (0.2143 + 0.0702) = 1.422, Intimacy 0.2992;
        // E = 1.422 + 1.4 × (1 + 2^(−30/90)) = 1.422 + 2.511 = 3.934, Time 0.5447; Depth round(16.34 + 14.96) = 31,
        // below 60% of 58 (34.8). The count is steady: 2 talks since T − 180, 2 before.
        PersonInsight insight = friend();

        assertThat(insight.depthBefore()).isEqualTo(58);
        assertThat(insight.depth()).isEqualTo(31);
        assertThat(insight.evidence().meaningfulRecent()).isEqualTo(2);
        assertThat(insight.evidence().meaningfulBefore()).isEqualTo(2);
        assertThat(insight.status()).isEqualTo(Status.FADING);
        assertThat(Status.fadingSignal(insight.score())).isEqualTo(FadingSignal.THINNER);
        assertThat(insight.explain().status()).isEqualTo("Fading: Depth fell from 58 to 31 since May");
        assertThat(insight.direction().text()).isEqualTo("\u2193 27 since May");
        assertThat(insight.direction().spoken()).isEqualTo("Depth down 27 since May");
    }

    @Test
    void theHalfYearsMeetAtTMinus180() {
        talk(179, CATCH_UP, IN_PERSON);   // the recent half year: (T − 180, T]
        talk(180, CATCH_UP, IN_PERSON);   // the one before: (T − 360, T − 180]
        talk(359, CATCH_UP, IN_PERSON);
        talk(360, CATCH_UP, IN_PERSON);   // in neither
        talk(10, SMALL_TALK, Channel.MESSAGE);   // small talk is not meaningful
        talk(20, DEEP, Channel.SOCIAL);   // nor is a channel below 0.4

        Evidence evidence = friend().evidence();

        assertThat(evidence.meaningfulRecent()).isEqualTo(1);
        assertThat(evidence.meaningfulBefore()).isEqualTo(2);
    }
}
