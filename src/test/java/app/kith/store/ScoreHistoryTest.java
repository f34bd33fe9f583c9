package app.kith.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.domain.Channel;
import app.kith.domain.Depth;
import app.kith.domain.Initiator;
import app.kith.domain.Interaction;
import app.kith.domain.Person;
import app.kith.insight.JournalInsight;
import app.kith.insight.PersonInsight;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The journal asked about past days reads as the scores as of those days do, counting only what was known then. */
class ScoreHistoryTest extends JournalTest {

    @Test
    void eachPastDayReadsAsTheScoresAsOfThatDay() {
        SampleEntries.fill(journal);
        ScoreHistory history = journal.scores().history();
        for (LocalDate day : List.of(JournalTest.TODAY.minusDays(400), JournalTest.TODAY.minusDays(40),
                JournalTest.TODAY.minusDays(3), JournalTest.TODAY)) {
            JournalInsight past = history.asOf(day);
            JournalInsight scored = journal.scores().asOf(day);
            assertThat(past.asOf()).isEqualTo(day);
            assertThat(past.people()).hasSameSizeAs(scored.people());
            for (PersonInsight person : scored.people()) {
                PersonInsight same = past.of(person.id());
                assertThat(same.score()).as(person.person().name() + " on " + day).isEqualTo(person.score());
                assertThat(same.ring()).isEqualTo(person.ring());
                assertThat(same.status()).isEqualTo(person.status());
                assertThat(same.snoozed()).isEqualTo(person.snoozed());
            }
        }
    }

    @Test
    void entriesDatedAfterTheDayDoNotCountNorTheirRingCounts() {
        LocalDate today = JournalTest.TODAY;
        Person ann = Person.named("Ann");
        journal.people().add(ann);
        for (int week = 0; week < 10; week++) {
            journal.interactions().add(Interaction.create(today.minusWeeks(week), Channel.CALL, Depth.PERSONAL,
                    Initiator.ME, 30, List.of(ann.id()), null));
        }
        ScoreHistory history = journal.scores().history();

        // Three weeks back, the calls of the three weeks since had not happened: 7 calls, ring 50, not 15.
        PersonInsight then = history.asOf(today.minusWeeks(3)).of(ann.id());
        assertThat(then.evidence().interactions()).isEqualTo(7);
        assertThat(then.ring().meaningful()).isEqualTo(7);
        assertThat(then.placedRing()).isEqualTo(app.kith.domain.Ring.FIFTY);
        assertThat(then.lastInteraction()).isEqualTo(today.minusWeeks(3));
        assertThat(history.asOf(today).of(ann.id()).ring().meaningful()).isEqualTo(10);
        assertThat(history.asOf(today.minusWeeks(10)).of(ann.id()).evidence().interactions()).isZero();
    }
}
