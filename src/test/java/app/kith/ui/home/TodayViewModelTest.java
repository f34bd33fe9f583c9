package app.kith.ui.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import app.kith.domain.Channel;
import app.kith.domain.Depth;
import app.kith.domain.FollowUp;
import app.kith.domain.Initiator;
import app.kith.domain.Interaction;
import app.kith.domain.Person;
import app.kith.store.Journal;
import app.kith.store.JournalCounts;
import app.kith.store.TodayJournal;
import app.kith.ui.common.InsightSnapshot;
import app.kith.ui.common.JournalChanges;
import app.kith.ui.common.OfferedUndos;
import app.kith.ui.common.RecordingEditor;
import app.kith.ui.common.SameThreadTaskRunner;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Today's view model on the hand-built {@link TodayJournal}: every card as a person reads it, worked by hand. */
class TodayViewModelTest {

    @TempDir
    Path folder;

    private final SimpleObjectProperty<Journal> journal = new SimpleObjectProperty<>();
    private final SimpleObjectProperty<JournalCounts> counts = new SimpleObjectProperty<>();
    private final SimpleObjectProperty<Path> where = new SimpleObjectProperty<>(Path.of("/home/me/kith"));
    private final SimpleBooleanProperty sample = new SimpleBooleanProperty();
    private final JournalChanges changes = new JournalChanges();
    private final List<UUID> shownPeople = new ArrayList<>();
    private final RecordingEditor editor = new RecordingEditor();
    private final List<String> offers = new ArrayList<>();
    private final List<Runnable> undos = new ArrayList<>();
    private int reviewsStarted;
    private TodayJournal built;
    private TodayViewModel today;

    @BeforeEach
    void open() {
        Journal opened = Journal.open(folder, TodayJournal.CLOCK);
        built = new TodayJournal().writeTo(opened);
        journal.set(opened);
        counts.set(opened.counts());
        SameThreadTaskRunner tasks = new SameThreadTaskRunner();
        InsightSnapshot insight = new InsightSnapshot(tasks, journal, changes, TodayJournal.CLOCK);
        today = new TodayViewModel(insight, tasks, new TodayViewModel.JournalFacts(journal, counts, where, sample),
                new TodayViewModel.Links(shownPeople::add, editor, () -> reviewsStarted++), changes,
                new OfferedUndos((message, undo) -> {
                    offers.add(message);
                    undos.add(undo);
                }), TodayJournal.CLOCK, Locale.UK);
    }

    @AfterEach
    void close() {
        journal.get().close();
    }

    @Test
    void hiddenItReadsNothingShownItFillsEveryCard() {
        assertThat(today.reportProperty().get()).isNull();
        assertThat(today.reachOut()).isEmpty();

        today.activate();

        assertThat(today.dateProperty().get()).isEqualTo("Saturday, 20 February 2027");
        assertThat(today.promptProperty().get()).isEqualTo("You have not held a review yet · 7 people are waiting");
        assertThat(today.reachOut()).extracting(TodayItems.ReachOut::name)
                .containsExactly("Eve Moss", "Jon Reyes", "Ann Lee", "Ben Ito", "Ivy Quinn");
        assertThat(today.reachOut().get(2).reason()).isEqualTo("A follow-up is due");
        assertThat(today.moreWaitingProperty().get()).isEqualTo("2 more are waiting in the review.");
        assertThat(today.followUps()).extracting(TodayItems.DueFollowUp::person, item -> item.followUp().text(),
                        TodayItems.DueFollowUp::when, TodayItems.DueFollowUp::late)
                .containsExactly(tuple("Ann Lee", "Send the photos", "due 10 days ago", true),
                        tuple("Ben Ito", "Call about the move", "due today", false));
    }

    @Test
    void comingUpSaysTheAgeOrTheYearsAndWhenWith29FebruaryOnThe28th() {
        today.activate();

        assertThat(today.comingUp()).extracting(TodayItems.Coming::name, TodayItems.Coming::what,
                        TodayItems.Coming::when, TodayItems.Coming::date, TodayItems.Coming::today)
                .containsExactly(
                        tuple("Cat Roy", "Wedding anniversary, 13 years", "Today", "20 February", true),
                        tuple("Ann Lee", "Birthday, turns 39", "In 8 days", "28 February", false),
                        tuple("Ben Ito", "Birthday", "In 9 days", "1 March", false),
                        tuple("Fay Ng", "Moved in", "In 9 days", "1 March", false),
                        tuple("Eve Moss", "Name day", "In 14 days", "6 March", false));
    }

    @Test
    void theMonthMixHasTwelveMonthsWithTheirSentences() {
        today.activate();

        assertThat(today.months()).extracting(TodayItems.Month::label).containsExactly("Mar", "Apr", "May", "Jun",
                "Jul", "Aug", "Sept", "Oct", "Nov", "Dec", "Jan", "Feb");
        assertThat(today.months().get(11).description())
                .isEqualTo("February 2027: 5 conversations (2 small talk, 1 catch-up, 1 personal, 1 deep)");
        assertThat(today.months().get(1).description()).isEqualTo("April 2026: no conversations");
        assertThat(today.monthHeadlineProperty().get()).isEqualTo("This month so far: 5 conversations, 2 of them "
                + "personal or deep. Over the 12 months: 10 conversations, 60% personal or deep.");
    }

    @Test
    void recentListsTheLastSevenDaysNewestFirst() {
        today.activate();

        assertThat(today.recent()).extracting(TodayItems.Recent::people, TodayItems.Recent::what,
                        TodayItems.Recent::when)
                .containsExactly(tuple("Dan Wu", "Message · Small talk", "Today"),
                        tuple("Fay Ng", "Call · Catch-up", "Today"),
                        tuple("Ann Lee, Ben Ito", "Call · Personal", "Yesterday"),
                        tuple("Cat Roy", "In person · Deep", "6 days ago"));
    }

    @Test
    void itemsLeadToThePersonTheEntryAndTheReview() {
        today.activate();

        today.openPerson(today.comingUp().get(1).person());
        today.openEntry(today.recent().get(2).id());
        today.startReview();

        assertThat(shownPeople).containsExactly(built.ann.id());
        assertThat(editor.asked).containsExactly("edit conversation " + built.i1.id());
        assertThat(reviewsStarted).isEqualTo(1);
        assertThat(today.canStartReviewProperty().get()).isTrue();
    }

    @Test
    void markingAFollowUpDoneTakesItOffWithUndo() {
        today.activate();
        TodayItems.DueFollowUp photos = today.followUps().get(0);

        today.markDone(photos);

        assertThat(followUp(built.annPhotos).done()).isTrue();
        assertThat(today.followUps()).extracting(TodayItems.DueFollowUp::person).containsExactly("Ben Ito");
        assertThat(offers).containsExactly("Marked \u201cSend the photos\u201d done");

        undos.get(0).run();

        assertThat(followUp(built.annPhotos).done()).isFalse();
        assertThat(today.followUps()).extracting(TodayItems.DueFollowUp::person).containsExactly("Ann Lee", "Ben Ito");
    }

    @Test
    void whileHiddenANewReadingWaitsUntilTodayIsShownAgain() {
        today.activate();
        today.deactivate();
        Person zed = Person.named("Zed Young");
        journal.get().people().add(zed);
        journal.get().followUps().add(FollowUp.create(zed.id(), TodayJournal.T, "Say hello"));
        changes.changed();

        assertThat(today.followUps()).extracting(TodayItems.DueFollowUp::person).containsExactly("Ann Lee", "Ben Ito");

        today.activate();

        assertThat(today.followUps()).extracting(TodayItems.DueFollowUp::person)
                .containsExactly("Ann Lee", "Ben Ito", "Zed Young");
    }

    @Test
    void whileShownAWriteBringsTheCardsUpToDate() {
        today.activate();

        journal.get().interactions().add(Interaction.create(TodayJournal.T, Channel.VIDEO, Depth.DEEP,
                Initiator.THEM, 60, List.of(built.gil.id()), null));
        changes.changed();

        assertThat(today.recent()).extracting(TodayItems.Recent::people).contains("Gil Orr");
        assertThat(today.months().get(11).mix().count(Depth.DEEP)).isEqualTo(2);
        assertThat(today.reachOut()).extracting(TodayItems.ReachOut::name).doesNotContain("Gil Orr");
    }

    @Test
    void anEmptyJournalMeansTheFirstStartPage() {
        assertThat(today.firstStartProperty().get()).isFalse();
        assertThat(today.summaryProperty().get())
                .isEqualTo("10 people · 12 conversations · 0 favours · 5 follow-ups");

        counts.set(new JournalCounts(0, 0, 0, 0));

        assertThat(today.firstStartProperty().get()).isTrue();
    }

    @Test
    void theFolderLineSaysWhoseJournalItIs() {
        assertThat(today.folderLineProperty().get()).isEqualTo("Your journal is kept in /home/me/kith");

        sample.set(true);

        assertThat(today.folderLineProperty().get()).isEqualTo("This sample journal is kept in /home/me/kith");
    }

    private FollowUp followUp(FollowUp original) {
        return journal.get().followUps().forPerson(original.person()).stream()
                .filter(followUp -> followUp.id().equals(original.id())).findFirst().orElseThrow();
    }
}
