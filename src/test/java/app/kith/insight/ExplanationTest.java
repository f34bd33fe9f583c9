package app.kith.insight;

import static app.kith.domain.Channel.CALL;
import static app.kith.domain.Channel.IN_PERSON;
import static app.kith.domain.Depth.CATCH_UP;
import static app.kith.domain.Depth.DEEP;
import static app.kith.domain.FavourDirection.GIVEN;
import static app.kith.domain.FavourDirection.RECEIVED;
import static app.kith.domain.FavourSize.LARGE;
import static app.kith.domain.FavourSize.MEDIUM;
import static app.kith.domain.FavourSize.SMALL;
import static app.kith.domain.FavourStatus.DONE;
import static app.kith.domain.FavourStatus.PROMISED;
import static app.kith.domain.Initiator.ME;
import static app.kith.domain.Initiator.THEM;
import static org.assertj.core.api.Assertions.assertThat;

import app.kith.domain.Person;
import app.kith.domain.Ring;
import org.junit.jupiter.api.Test;

class ExplanationTest {

    private final TestJournal journal = new TestJournal();

    @Test
    void everyComponentAndLabelCarriesItsEvidence() {
        Person maya = journal.person("Maya");
        journal.talk(9, DEEP, IN_PERSON, ME, maya);          // 5 × 2^(-9/90) = 4.665
        journal.talk(100, DEEP, IN_PERSON, THEM, maya);      // 5 × 2^(-100/90) = 2.315
        journal.talk(400, CATCH_UP, IN_PERSON, maya);        // 2 × 2^(-400/90) = 0.092
        journal.favour(maya, 20, GIVEN, MEDIUM, DONE);       // 3 × 2^(-20/365) = 2.887
        journal.favour(maya, 200, GIVEN, SMALL, DONE);       // 2^(-200/365) = 0.684
        journal.favour(maya, 30, RECEIVED, SMALL, PROMISED); // 0.5 × 2^(-30/365) = 0.472
        // S = 6.980, E = 7.072, Fg = 3.572, Fr = 0.472, Rf = 3.100 / 7.044 = 0.440
        // Time 1 - e^(-1.414) = 0.757, Intimacy 1 - e^(-1.745) = 0.825,
        // Services (1 - e^(-0.809)) × (1 - 0.220) = 0.433, Depth round(22.7 + 41.3 + 8.7) = 73

        PersonInsight insight = journal.insight(maya);
        Explanation explanation = insight.explain();

        assertThat(insight.depth()).isEqualTo(73);
        assertThat(explanation.time()).isEqualTo("Time 0.76: 2 conversations in the last year, the latest 9 days ago");
        assertThat(explanation.intimacy())
                .isEqualTo("Intimacy 0.83: 2 personal or deep conversations in the last year, the latest 9 days ago");
        assertThat(explanation.services()).isEqualTo("Services 0.43: 2 given and 1 received in the last year, "
                + "the latest 20 days ago; help one way counts for less");
        assertThat(explanation.kind()).isEqualTo("Chat: 98% of the contact is personal or deep (chat from 35%)");
        assertThat(explanation.balance())
                .isEqualTo("You give: you gave 2 favours and received 1 in the last year (balance +0.44)");
        assertThat(explanation.initiative())
                .isEqualTo("Shared: only 2 conversations in the last year with a known starter, too few to lean");
        assertThat(explanation.status()).isEqualTo("Active: the latest conversation was 9 days ago");
        assertThat(explanation.ring())
                .isEqualTo("Ring 50: 2 catch-ups or deeper talks in the year up to the latest conversation");
        assertThat(explanation.cadence()).isEqualTo("Every 182 days: ring 50's target");
        assertThat(explanation.overdue())
                .isEqualTo("On track: 9 days since the latest catch-up or deeper talk (0.0\u00d7 the cadence)");
    }

    @Test
    void somebodyWithNothingLoggedIsExplainedToo() {
        Person nobody = journal.person("Nobody");

        Explanation explanation = journal.insight(nobody).explain();

        assertThat(explanation).isEqualTo(new Explanation(
                "Time 0.00: no conversations yet",
                "Intimacy 0.00: no personal or deep conversations yet",
                "Services 0.00: no favours yet",
                "No kind yet: no conversations",
                "Even: no favours yet",
                "Shared: nobody is noted as starting a conversation in the last year",
                "New: no conversations yet",
                "Outside the rings: no conversations yet",
                "No cadence: outside the rings and none of your own",
                "No rhythm to keep"));
    }

    @Test
    void oldEvidenceIsDatedAndLeaningLabelsSayWhy() {
        Person raj = journal.person("Raj");
        for (int i = 0; i < 12; i++) {
            journal.talk(400 + 30 * i, DEEP, CALL, THEM, raj);
        }
        for (int i = 0; i < 6; i++) {
            journal.talk(10 + i, CATCH_UP, CALL, THEM, raj);
        }
        journal.favour(raj, 500, RECEIVED, LARGE, DONE);

        Explanation explanation = journal.insight(raj).explain();

        // S = sum of 3.5 × 2^(-(400 + 30i)/90) for i = 0..11 = 0.731: Intimacy 1 - e^(-0.183) = 0.17
        assertThat(explanation.intimacy()).isEqualTo(
                "Intimacy 0.17: no personal or deep conversations in the last year; the latest 13 months ago");
        assertThat(explanation.services()).startsWith("Services ")
                .endsWith(": no favours in the last year; the latest 16 months ago");
        assertThat(explanation.initiative()).isEqualTo(
                "They reach out: they started 6 of the last year's conversations and you none (initiative \u22120.75)");
        // Fr = 8 × 2^(-500/365) = 3.095, Rf = -3.095 / 6.095 = -0.51: lopsided, but nothing in the last year
        assertThat(explanation.balance())
                .isEqualTo("Even: no favours in the last year, too few to lean (balance \u22120.51)");
    }

    @Test
    void fadingAndMovedOutAreExplained() {
        Person lena = journal.person(Person.builder().name("Lena").cadenceDays(30));
        journal.talk(180, DEEP, IN_PERSON, lena);
        journal.talk(180, DEEP, IN_PERSON, lena);

        Explanation explanation = journal.insight(lena).explain();

        // Depth 72 as of T − 180, 35 now (LabelsTest); two talks in the half year before T − 180 and none since
        assertThat(explanation.status()).isEqualTo("Fading: Depth fell from 72 to 35 since May; "
                + "2 catch-ups or deeper talks from November last year to May, none since");
        assertThat(explanation.cadence()).isEqualTo("Every 30 days: your own cadence");
        assertThat(explanation.overdue())
                .isEqualTo("Overdue: 6 months since the latest catch-up or deeper talk (6.0\u00d7 the cadence)");
    }

    @Test
    void aPinnedRingAndAClampedRhythmAreExplained() {
        Person gran = journal.person(Person.builder().name("Rosa").kin(true).ring(Ring.FIFTEEN));
        for (int i = 0; i < 6; i++) {
            journal.talk(5 * i, CATCH_UP, CALL, gran);
        }

        Explanation explanation = journal.insight(gran).explain();

        assertThat(explanation.ring()).isEqualTo("Ring 15: pinned by you");
        assertThat(explanation.cadence()).isEqualTo("Every 22.5 days: the median gap between 6 days with a "
                + "catch-up or deeper talk in the last two years is 5 days, kept within 22.5\u201390 days around "
                + "ring 15's target of 30 days \u00d7 1.5 for family");
    }
}
