package app.kith.ui.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.kith.domain.Channel;
import app.kith.domain.Depth;
import app.kith.domain.Favour;
import app.kith.domain.FavourDirection;
import app.kith.domain.FavourKind;
import app.kith.domain.FavourSize;
import app.kith.domain.FavourStatus;
import app.kith.domain.Initiator;
import app.kith.domain.Interaction;
import app.kith.domain.Person;
import app.kith.insight.PersonStory;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a person's charts are fed, worked out by hand (T = 22 Nov 2026, H = 90 days). */
class StoryViewModelTest {

    private static final LocalDate START = LocalDate.of(2024, 11, 30);

    @TempDir
    Path folder;

    private SectionJournal journal;
    private StoryViewModel story;

    @BeforeEach
    void open() {
        journal = new SectionJournal(folder);
        story = new StoryViewModel(journal.tasks, journal.open, journal.changes, SectionJournal.CLOCK, Locale.UK);
    }

    @AfterEach
    void close() {
        journal.close();
    }

    private void talk(LocalDate day, Channel channel, Depth depth, Initiator starter, Person person) {
        journal.journal.interactions().add(Interaction.create(day, channel, depth, starter, 30,
                List.of(person.id()), null));
    }

    private void favour(LocalDate day, Person person, FavourDirection direction, FavourSize size,
                        FavourStatus status) {
        journal.journal.favours().add(Favour.create(day, person.id(), direction, size, FavourKind.HELP, null, status,
                null));
    }

    @Test
    void depthByMonthRisesWithTheFirstTalkAndTheCaptionSaysWhy() {
        // One deep half-hour talk in person today: nothing at every month end, then E = S = 5, Depth 55
        // (Time 0.632, Intimacy 0.713, Services 0).
        Person ann = journal.person("Ann Lee");
        talk(SectionJournal.TODAY, Channel.IN_PERSON, Depth.DEEP, Initiator.ME, ann);

        story.show(ann.id());

        StoryViewModel.Charts charts = story.chartsProperty().get();
        assertThat(charts.start()).isEqualTo(START);
        assertThat(charts.depth()).hasSize(25);
        assertThat(charts.depth().subList(0, 24)).allSatisfy(point -> assertThat(point.y()).isZero());
        StoryViewModel.Point today = charts.depth().get(24);
        assertThat(today.y()).isEqualTo(55);
        assertThat(today.x()).isCloseTo((SectionJournal.TODAY.toEpochDay() - START.toEpochDay()) / (365.25 / 12),
                within(1e-9));
        assertThat(charts.end()).isEqualTo(today.x());
        assertThat(charts.time().get(24).y()).isCloseTo(1 - Math.exp(-1), within(1e-9));
        assertThat(charts.intimacy().get(24).y()).isCloseTo(1 - Math.exp(-5 / 4.0), within(1e-9));
        assertThat(charts.services().get(24).y()).isZero();
        assertThat(charts.depth().get(23).x()).isCloseTo(23.0, within(0.1));
        assertThat(charts.depthCaption()).isEqualTo("Depth rose from 0 to 55 since October 2026, mostly personal talks.");
        assertThat(story.monthAt(charts.start(), 0)).isEqualTo("Nov 24");
        assertThat(story.monthAt(charts.start(), 12)).isEqualTo("Nov 25");
    }

    @Test
    void theLedgerRunsFromTheBalanceBeforeAndMarksEachFavour() {
        Person ben = journal.person("Ben Ito");
        // Before the two years: a large favour given (+8). Then a medium one given on 10 Jun 2026 (+3 → 11) and
        // a small one received on 1 Sep 2026, only promised (−0.5 → 10.5).
        favour(LocalDate.of(2024, 5, 1), ben, FavourDirection.GIVEN, FavourSize.LARGE, FavourStatus.DONE);
        favour(LocalDate.of(2026, 6, 10), ben, FavourDirection.GIVEN, FavourSize.MEDIUM, FavourStatus.DONE);
        favour(LocalDate.of(2026, 9, 1), ben, FavourDirection.RECEIVED, FavourSize.SMALL, FavourStatus.PROMISED);

        story.show(ben.id());

        StoryViewModel.Charts charts = story.chartsProperty().get();
        double june = StoryViewModel.x(START, LocalDate.of(2026, 6, 10));
        double september = StoryViewModel.x(START, LocalDate.of(2026, 9, 1));
        assertThat(charts.ledger()).containsExactly(new StoryViewModel.Point(0, 8), new StoryViewModel.Point(june, 8),
                new StoryViewModel.Point(june, 11), new StoryViewModel.Point(september, 11),
                new StoryViewModel.Point(september, 10.5), new StoryViewModel.Point(charts.end(), 10.5));
        assertThat(charts.marks()).containsExactly(
                new StoryViewModel.Mark(june, 11, true, false, "Given · medium · 10 Jun 2026"),
                new StoryViewModel.Mark(september, 10.5, false, true, "Received · small · promised · 1 Sept 2026"));
        assertThat(charts.favourCaption())
                .isEqualTo("You have given 1 favour and received 1 since June 2026; 1 is only promised so far.");
    }

    @Test
    void initiativeIsCountedQuarterByQuarter() {
        Person cat = journal.person("Cat Roy");
        talk(LocalDate.of(2025, 2, 10), Channel.CALL, Depth.CATCH_UP, Initiator.THEM, cat);
        talk(LocalDate.of(2025, 2, 11), Channel.CALL, Depth.CATCH_UP, Initiator.MUTUAL, cat);
        talk(LocalDate.of(2026, 5, 5), Channel.CALL, Depth.CATCH_UP, null, cat);
        talk(LocalDate.of(2026, 11, 20), Channel.CALL, Depth.CATCH_UP, Initiator.ME, cat);
        talk(LocalDate.of(2024, 12, 31), Channel.CALL, Depth.CATCH_UP, Initiator.ME, cat);
        talk(LocalDate.of(2026, 11, 23), Channel.CALL, Depth.CATCH_UP, Initiator.ME, cat);

        story.show(cat.id());

        List<StoryViewModel.Bar> bars = story.chartsProperty().get().quarters();
        assertThat(bars).extracting(StoryViewModel.Bar::quarter).containsExactly("Q1 2025", "Q2 2025", "Q3 2025",
                "Q4 2025", "Q1 2026", "Q2 2026", "Q3 2026", "Q4 2026");
        assertThat(bars.get(0)).isEqualTo(new StoryViewModel.Bar("Q1 2025", 0, 1, 1));
        assertThat(bars.get(5)).as("the unnoted one is in no bar").isEqualTo(new StoryViewModel.Bar("Q2 2026", 0, 0, 0));
        // 31 Dec 2024 is before the eight quarters; 23 Nov 2026 is still to come.
        assertThat(bars.get(7)).isEqualTo(new StoryViewModel.Bar("Q4 2026", 1, 0, 0));
        assertThat(story.chartsProperty().get().initiativeCaption()).isEqualTo("You started 1 of the 4 conversations "
                + "since January 2025, they 1; 1 was mutual; 1 has no starter noted.");
    }

    @Test
    void theStoryIsReadAgainAfterAWriteAndNobodyShowsNothing() {
        Person ann = journal.person("Ann Lee");
        story.show(ann.id());
        assertThat(story.chartsProperty().get().depth().get(24).y()).isZero();

        talk(SectionJournal.TODAY, Channel.IN_PERSON, Depth.DEEP, Initiator.ME, ann);
        journal.changes.changed();

        assertThat(story.chartsProperty().get().depth().get(24).y()).isEqualTo(55);
        story.show(null);
        assertThat(story.chartsProperty().get()).isNull();
    }

    private static PersonStory.Month month(int monthsAfterStart, int depth, double time, double intimacy,
                                           double services) {
        return new PersonStory.Month(START.plusMonths(monthsAfterStart), depth, time, intimacy, services);
    }

    @Test
    void aFallNamesItsHighAndWhatFellMost() {
        List<PersonStory.Month> months = new ArrayList<>();
        months.add(month(0, 60, 0.8, 0.7, 0.1));
        months.add(month(1, 70, 0.9, 0.8, 0.1));
        months.add(month(2, 70, 0.9, 0.8, 0.1));
        months.add(month(3, 30, 0.2, 0.4, 0.1));

        // The latest high is month 2 (30 Jan 2025); Time fell 0.3 × 0.7 = 0.21, Intimacy 0.5 × 0.4 = 0.20.
        assertThat(new StoryCaptions(Locale.UK).depth(months))
                .isEqualTo("Depth fell from 70 to 30 since January 2025, mostly less time together.");
    }

    @Test
    void aRiseThatPeakedOnTheWaySaysItsHigh() {
        List<PersonStory.Month> months = new ArrayList<>();
        months.add(month(0, 46, 0.5, 0.4, 0.5));
        months.add(month(6, 92, 0.95, 0.95, 0.7));
        months.add(month(12, 69, 0.7, 0.7, 0.7));

        assertThat(new StoryCaptions(Locale.UK).depth(months)).isEqualTo("Depth rose from 46 to 69 since "
                + "November 2024, mostly personal talks; its high was 92 in May 2025.");
    }

    @Test
    void aSteadyDepthHolds() {
        List<PersonStory.Month> months = new ArrayList<>(Collections.nCopies(3, month(0, 50, 0.5, 0.5, 0.5)));
        months.add(month(3, 53, 0.5, 0.55, 0.5));

        assertThat(new StoryCaptions(Locale.UK).depth(months)).isEqualTo("Depth held at about 53 over the last two years.");
    }
}
