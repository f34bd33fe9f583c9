package app.kith.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import app.kith.domain.Channel;
import app.kith.domain.Depth;
import app.kith.domain.Review;
import app.kith.insight.PersonInsight;
import app.kith.insight.today.ComingDate;
import app.kith.insight.today.MonthMix;
import app.kith.insight.today.NamedFollowUp;
import app.kith.insight.today.RecentEntry;
import app.kith.insight.today.ReviewPrompt;
import app.kith.insight.today.TodayReport;
import java.nio.file.Path;
import org.assertj.core.groups.Tuple;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Today's report on the hand-built {@link TodayJournal}, card by card, as worked out there by hand. */
class TodayReaderTest {

    private static final LocalDate T = TodayJournal.T;

    @TempDir
    Path folder;

    private Journal journal;
    private TodayJournal built;

    @BeforeEach
    void open() {
        journal = Journal.open(folder, TodayJournal.CLOCK);
        built = new TodayJournal().writeTo(journal);
    }

    @AfterEach
    void close() {
        journal.close();
    }

    private TodayReport report() {
        return journal.todayReader().report(journal.scores().asOf(T));
    }

    @Test
    void reachOutIsTheFirstFiveOfTheReviewQueue() {
        TodayReport report = report();

        assertThat(report.reachOut()).extracting(insight -> insight.person().name())
                .containsExactly("Eve Moss", "Jon Reyes", "Ann Lee", "Ben Ito", "Ivy Quinn");
        assertThat(report.waiting()).isEqualTo(7);
        List<PersonInsight> queue = journal.scores().asOf(T).reviewQueue();
        assertThat(report.reachOut()).extracting(PersonInsight::id)
                .containsExactlyElementsOf(queue.subList(0, 5).stream().map(PersonInsight::id).toList());
    }

    @Test
    void followUpsDueAreTheOpenOnesOfPeopleNotArchivedEarliestFirst() {
        assertThat(report().followUpsDue()).extracting(NamedFollowUp::person, due -> due.followUp().text(),
                        due -> due.followUp().due())
                .containsExactly(
                        tuple("Ann Lee", "Send the photos", LocalDate.of(2027, 2, 10)),
                        tuple("Ben Ito", "Call about the move", T));
    }

    @Test
    void comingUpHasTheDatesOfTheNextFourteenDaysByDayThenName() {
        assertThat(report().comingUp()).extracting(ComingDate::person, ComingDate::label,
                        date -> date.date().toString(), ComingDate::next, ComingDate::years)
                .containsExactly(
                        row("Cat Roy", "wedding anniversary", "2014-02-20", T, 13),
                        // 29 February falls on 28 February in a common year; the age counts from 1988.
                        row("Ann Lee", "birthday", "1988-02-29", LocalDate.of(2027, 2, 28), 39),
                        // No year: no age.
                        row("Ben Ito", "birthday", "--03-01", LocalDate.of(2027, 3, 1), null),
                        row("Fay Ng", "moved in", "2027-03-01", LocalDate.of(2027, 3, 1), 0),
                        row("Eve Moss", "name day", "--03-06", T.plusDays(14), null));
    }

    @Test
    void theMonthMixCountsEachConversationOnceForTwelveMonthsUpToT() {
        List<MonthMix> months = report().monthMix();

        assertThat(months).extracting(MonthMix::month).first().isEqualTo(YearMonth.of(2026, 3));
        assertThat(months).extracting(MonthMix::month).last().isEqualTo(YearMonth.of(2027, 2));
        assertThat(months).hasSize(12);
        MonthMix february = months.get(11);
        assertThat(List.of(february.count(Depth.SMALL_TALK), february.count(Depth.CATCH_UP),
                february.count(Depth.PERSONAL), february.count(Depth.DEEP))).containsExactly(2, 1, 1, 1);
        MonthMix march = months.get(0);
        assertThat(march.total()).isEqualTo(1);
        assertThat(march.count(Depth.CATCH_UP)).isEqualTo(1);
        // Between: Jon's and Ivy's calls in December, Hal's and Gil's in January.
        int between = months.subList(1, 11).stream().mapToInt(MonthMix::total).sum();
        assertThat(between).isEqualTo(4);
    }

    @Test
    void recentHoldsTheLastSevenDaysNewestFirst() {
        List<RecentEntry> recent = report().recent();

        assertThat(recent).extracting(RecentEntry::id)
                .containsExactly(built.i7.id(), built.i8.id(), built.i1.id(), built.i2.id());
        assertThat(recent.get(2).people()).containsExactly("Ann Lee", "Ben Ito");
        assertThat(recent.get(2).channel()).isEqualTo(Channel.CALL);
        assertThat(recent.get(2).depth()).isEqualTo(Depth.PERSONAL);
        assertThat(recent.get(0).people()).containsExactly("Dan Wu");
    }

    @Test
    void theReviewPromptFollowsTheLatestReviewAndTheSetting() {
        assertThat(report().prompt()).contains(new ReviewPrompt(null, null, 7));

        journal.reviews().add(new Review(UUID.randomUUID(), T.minusDays(5), List.of()));
        assertThat(report().prompt()).isEmpty();

        journal.settings().setReviewEveryDays(5);
        assertThat(report().prompt()).contains(new ReviewPrompt(T.minusDays(5), 5, 7));
    }

    private static Tuple row(Object... values) {
        return tuple(values);
    }
}
