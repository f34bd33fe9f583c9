package app.kith.ui.review;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.domain.Channel;
import app.kith.domain.Depth;
import app.kith.domain.Favour;
import app.kith.domain.FavourDirection;
import app.kith.domain.FavourKind;
import app.kith.domain.FavourSize;
import app.kith.domain.FavourStatus;
import app.kith.domain.FollowUp;
import app.kith.domain.Initiator;
import app.kith.domain.Interaction;
import app.kith.domain.Person;
import app.kith.domain.Review;
import app.kith.domain.ReviewAction;
import app.kith.domain.ReviewDecision;
import app.kith.domain.Ring;
import app.kith.insight.PersonInsight;
import app.kith.store.Journal;
import app.kith.ui.common.EntryEditor;
import app.kith.ui.common.InsightSnapshot;
import app.kith.ui.common.JournalChanges;
import app.kith.ui.common.OfferedUndos;
import app.kith.ui.common.SameThreadTaskRunner;
import app.kith.ui.review.ReviewViewModel.Phase;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The review session as the screen drives it, on a real journal, with every task run at once. */
class ReviewViewModelTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @TempDir
    Path folder;

    private final JournalChanges changes = new JournalChanges();
    private final SimpleObjectProperty<Journal> open = new SimpleObjectProperty<>();
    private final List<Runnable> undos = new ArrayList<>();
    private final List<String> offers = new ArrayList<>();
    private final LogAnswers log = new LogAnswers();
    private Journal journal;
    private InsightSnapshot insight;
    private ReviewViewModel review;
    /** Twelve people due, P01 the most pressing (longest silence), then P02…; and one on track. */
    private final List<Person> due = new ArrayList<>();

    @BeforeEach
    void openJournal() {
        journal = Journal.open(folder, CLOCK);
        for (int i = 1; i <= 12; i++) {
            due.add(person(String.format(Locale.ROOT, "P%02d", i), 400 - 20 * i));
        }
        person("On Track", 5);
        SameThreadTaskRunner tasks = new SameThreadTaskRunner();
        insight = new InsightSnapshot(tasks, open, changes, CLOCK);
        review = new ReviewViewModel(tasks, open, insight, changes, new OfferedUndos((message, undo) -> {
            offers.add(message);
            undos.add(undo);
        }), log, CLOCK, Locale.UK);
        open.set(journal);
        review.activate();
    }

    @AfterEach
    void closeJournal() {
        journal.close();
    }

    private Person person(String name, int daysAgo) {
        Person person = Person.builder().name(name).ring(Ring.FIFTEEN).cadenceDays(30).build();
        journal.people().add(person);
        journal.interactions().add(Interaction.create(TODAY.minusDays(daysAgo), Channel.CALL, Depth.PERSONAL,
                Initiator.ME, 30, List.of(person.id()), null));
        return person;
    }

    private String shown() {
        return review.cardProperty().get().name();
    }

    private List<UUID> queue() {
        return insight.reading().insight().reviewQueue().stream().map(PersonInsight::id).toList();
    }

    /** What {@code kith review} would list now, read straight from the journal. */
    private List<UUID> journalQueue() {
        return journal.scores().today().reviewQueue().stream().map(PersonInsight::id).toList();
    }

    private List<ReviewDecision> decisions() {
        List<Review> all = journal.reviews().all();
        return all.isEmpty() ? List.of() : all.get(0).decisions();
    }

    private Person stored(Person person) {
        return journal.people().get(person.id()).orElseThrow();
    }

    @Test
    void aSessionGoesThroughTheFirstTenOfTheQueueTopFirstAndSaysWhatIsLeft() {
        assertThat(review.phaseProperty().get()).isEqualTo(Phase.READY);
        assertThat(review.waitingTextProperty().get()).isEqualTo("12 people are waiting for a conversation.");
        assertThat(review.howItGoesProperty().get()).startsWith("A review goes through the first 10, most pressing");

        review.start();

        assertThat(review.phaseProperty().get()).isEqualTo(Phase.SESSION);
        List<String> seen = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            assertThat(review.progressProperty().get()).isEqualTo(i + " of 10");
            seen.add(shown());
            review.skip();
        }
        assertThat(seen).containsExactly("P01", "P02", "P03", "P04", "P05", "P06", "P07", "P08", "P09", "P10");
        assertThat(review.phaseProperty().get()).isEqualTo(Phase.SUMMARY);
        assertThat(review.summaryProperty().get()).isEqualTo("10 reviewed: 10 skipped.");
        assertThat(review.leftProperty().get()).startsWith("12 people are still waiting for a conversation");
        assertThat(decisions()).hasSize(10).allMatch(decision -> decision.action() == ReviewAction.SKIPPED);
    }

    @Test
    void theSizeSettingSetsHowManyASessionTakes() {
        journal.settings().setReviewSize(3);

        review.start();

        assertThat(review.progressProperty().get()).isEqualTo("1 of 3");
        assertThat(review.sizeProperty().get()).isEqualTo(3);
    }

    @Test
    void everyActionIsCarriedOutAndRecordedAsItIsMadeAndTheWindowAgreesWithTheJournal() {
        review.start();

        review.log();
        assertThat(log.askedFor).containsExactly(List.of(due.get(0).id()));
        log.save(due.get(0));
        assertThat(shown()).isEqualTo("P02");
        assertThat(queue()).doesNotContain(due.get(0).id()).isEqualTo(journalQueue());

        review.snooze(TODAY.plusWeeks(1));
        assertThat(journal.reviews().snoozedAfter(TODAY)).containsEntry(due.get(1).id(), TODAY.plusWeeks(1));
        assertThat(queue()).doesNotContain(due.get(1).id()).isEqualTo(journalQueue());

        review.cadence(400);
        assertThat(stored(due.get(2)).cadenceDays()).isEqualTo(400);
        assertThat(queue()).doesNotContain(due.get(2).id()).isEqualTo(journalQueue());

        review.cadence(null);
        assertThat(stored(due.get(3)).cadenceDays()).isNull();
        assertThat(queue()).isEqualTo(journalQueue());

        review.letGo();
        assertThat(stored(due.get(4)).archived()).isTrue();
        assertThat(offers).containsExactly("Let go of P05 (archived)");
        assertThat(queue()).doesNotContain(due.get(4).id()).isEqualTo(journalQueue());

        review.skip();
        assertThat(shown()).isEqualTo("P07");
        assertThat(review.progressProperty().get()).isEqualTo("7 of 10");
        assertThat(decisions()).containsExactly(
                ReviewDecision.of(due.get(0).id(), ReviewAction.LOGGED),
                ReviewDecision.snoozed(due.get(1).id(), TODAY.plusWeeks(1)),
                ReviewDecision.cadence(due.get(2).id(), 400),
                ReviewDecision.cadence(due.get(3).id(), null),
                ReviewDecision.of(due.get(4).id(), ReviewAction.LET_GO),
                ReviewDecision.of(due.get(5).id(), ReviewAction.SKIPPED));
        assertThat(journal.reviews().all().get(0).date()).isEqualTo(TODAY);

        review.end();
        assertThat(review.summaryProperty().get())
                .isEqualTo("6 of 10 reviewed: 1 logged, 1 snoozed, 2 cadence changed, 1 let go, 1 skipped.");
        assertThat(review.summaryLines()).extracting(ReviewHistoryModel.Line::name, ReviewHistoryModel.Line::decision)
                .startsWith(org.assertj.core.groups.Tuple.tuple("P01", "Logged"),
                        org.assertj.core.groups.Tuple.tuple("P02", "Snoozed until 29 Nov 2026"));
    }

    @Test
    void aLogCancelledRecordsNothingAndStaysWithThePerson() {
        review.start();

        review.log();
        log.cancel();

        assertThat(shown()).isEqualTo("P01");
        assertThat(journal.reviews().all()).isEmpty();
        review.skip();
        assertThat(shown()).isEqualTo("P02");
    }

    @Test
    void backShowsTheEarlierDecisionAndChangingItUndoesWhatItDid() {
        review.start();
        review.letGo();
        assertThat(stored(due.get(0)).archived()).isTrue();

        review.back();

        assertThat(shown()).isEqualTo("P01");
        assertThat(review.progressProperty().get()).isEqualTo("1 of 10");
        assertThat(review.decidedProperty().get()).startsWith("You decided: let go.");
        review.snooze(TODAY.plusMonths(1));

        assertThat(shown()).isEqualTo("P02");
        assertThat(stored(due.get(0)).archived()).as("back from the archive").isFalse();
        assertThat(decisions()).containsExactly(ReviewDecision.snoozed(due.get(0).id(), TODAY.plusMonths(1)));
        assertThat(queue()).doesNotContain(due.get(0).id()).isEqualTo(journalQueue());

        review.cadence(60);
        review.back();
        review.cadence(90);
        review.back();
        review.skip();
        assertThat(review.decidedProperty().get()).isEmpty();
        assertThat(stored(due.get(1)).cadenceDays()).isEqualTo(90);
        assertThat(decisions()).as("going on past a decided person keeps the decision").containsExactly(
                ReviewDecision.snoozed(due.get(0).id(), TODAY.plusMonths(1)), ReviewDecision.cadence(due.get(1).id(), 90));
        review.back();
        review.back();
        review.cadence(null);
        assertThat(stored(due.get(0)).cadenceDays()).isNull();
        assertThat(journal.reviews().snoozedAfter(TODAY)).doesNotContainKey(due.get(0).id());
    }

    @Test
    void undoingALetGoBringsThePersonBackAndTheSessionCountsThemSkipped() {
        review.start();
        review.letGo();
        review.skip();

        undos.get(0).run();

        assertThat(stored(due.get(0)).archived()).isFalse();
        assertThat(decisions()).containsExactly(ReviewDecision.of(due.get(0).id(), ReviewAction.SKIPPED),
                ReviewDecision.of(due.get(1).id(), ReviewAction.SKIPPED));
        assertThat(queue()).contains(due.get(0).id()).isEqualTo(journalQueue());
        review.end();
        assertThat(review.summaryProperty().get()).isEqualTo("2 of 10 reviewed: 2 skipped.");
    }

    @Test
    void anUndoAfterTheDecisionWasChangedLeavesTheNewDecision() {
        review.start();
        review.letGo();
        review.back();
        review.cadence(45);

        undos.get(0).run();

        assertThat(decisions()).containsExactly(ReviewDecision.cadence(due.get(0).id(), 45));
        assertThat(stored(due.get(0)).archived()).isFalse();
    }

    @Test
    void escEndsEarlyAndBackFromTheSummaryResumesWhereItEnded() {
        review.start();
        review.skip();
        review.skip();

        review.end();

        assertThat(review.phaseProperty().get()).isEqualTo(Phase.SUMMARY);
        assertThat(review.endedEarlyProperty().get()).isTrue();
        assertThat(review.summaryProperty().get()).isEqualTo("2 of 10 reviewed: 2 skipped.");
        review.back();
        assertThat(review.phaseProperty().get()).isEqualTo(Phase.SESSION);
        assertThat(shown()).isEqualTo("P03");
        review.end();
        review.done();
        assertThat(review.phaseProperty().get()).isEqualTo(Phase.READY);
        assertThat(review.history().reviews()).singleElement().satisfies(past -> {
            assertThat(past.counts()).isEqualTo("2 decisions: 2 skipped");
            assertThat(past.date()).isEqualTo("Sunday, 22 November 2026");
            assertThat(past.decisions()).extracting(ReviewHistoryModel.Line::name).containsExactly("P01", "P02");
        });
    }

    @Test
    void endingBeforeAnyDecisionSaysNothingWasChanged() {
        review.start();
        review.end();

        assertThat(review.summaryProperty().get()).isEqualTo("Nobody reviewed: nothing was changed.");
        assertThat(journal.reviews().all()).isEmpty();
    }

    @Test
    void aSnoozeThatEndsTodayOrBeforeIsRefusedInWords() {
        review.start();

        review.snooze(TODAY);

        assertThat(review.problemProperty().get()).isEqualTo("A snooze ends after today: choose a later day.");
        assertThat(shown()).isEqualTo("P01");
        assertThat(journal.reviews().all()).isEmpty();
    }

    @Test
    void theCardShowsWhatTheReviewNeedsToDecide() {
        Person lena = Person.builder().name("Lena Fischer").ring(Ring.FIFTEEN).cadenceDays(30)
                .mattersToThem("Her move to Porto").build();
        journal.people().add(lena);
        Interaction talk = Interaction.create(TODAY.minusDays(420), Channel.IN_PERSON, Depth.DEEP, Initiator.THEM, 90,
                List.of(lena.id(), due.get(11).id()), "Her move to Porto\nand the rest");
        journal.interactions().add(talk);
        journal.favours().add(Favour.create(TODAY.minusDays(30), lena.id(), FavourDirection.GIVEN, FavourSize.LARGE,
                FavourKind.HELP, "Help with the move", FavourStatus.PROMISED, null));
        journal.favours().add(Favour.create(TODAY.minusDays(40), lena.id(), FavourDirection.RECEIVED, FavourSize.SMALL,
                FavourKind.ADVICE, "A tip about Lisbon", FavourStatus.PROMISED, null));
        journal.favours().add(Favour.create(TODAY.minusDays(50), lena.id(), FavourDirection.RECEIVED, FavourSize.SMALL,
                FavourKind.GIFT, "Done already", FavourStatus.DONE, null));
        journal.followUps().add(FollowUp.create(lena.id(), TODAY.minusDays(3), "Send the article"));
        changes.changed();

        review.start();

        ReviewCard card = review.cardProperty().get();
        assertThat(card.name()).isEqualTo("Lena Fischer");
        assertThat(card.reason()).startsWith("Monthly friend \u00b7 14 months since you talked (14\u00d7)")
                .endsWith("a follow-up is due");
        assertThat(card.ring()).isEqualTo("Ring 15 \u00b7 Good friends");
        assertThat(card.cadence()).isEqualTo("Every 30 days: your own cadence");
        assertThat(card.overdue()).startsWith("Lapsing: 14 months since the latest");
        assertThat(card.overdueCode()).isEqualTo("lapsing");
        assertThat(card.lastConversation()).isEqualTo("Deep \u00b7 In person \u00b7 90 min \u00b7 28 Sept 2025"
                + " \u00b7 with P12");
        assertThat(card.lastNote()).isEqualTo("Her move to Porto");
        assertThat(card.matters()).isEqualTo("Her move to Porto");
        assertThat(card.favours()).containsExactly(
                "You promised: Help \u00b7 large \u00b7 Help with the move \u00b7 30 days ago",
                "They promised: Advice \u00b7 small \u00b7 A tip about Lisbon \u00b7 40 days ago");
        assertThat(card.followUps()).containsExactly("Send the article \u00b7 due 3 days ago");
        assertThat(card.labels()).extracting(ReviewCard.Chip::code).contains("chat", "dormant");
        assertThat(card.depth()).isBetween(1, 100);
        assertThat(card.loading()).isFalse();

        ReviewChoices.CadenceChoice cadence = review.cadenceChoice();
        assertThat(cadence.own()).isEqualTo(30);
        assertThat(cadence.suggested()).isEqualTo(30);
        assertThat(cadence.suggestion()).startsWith("Kith suggests every 30 days");
        review.skip();
        assertThat(review.cadenceChoice().own()).isEqualTo(30);
    }

    @Test
    void anEmptyQueueSaysSoWarmlyAndOffersNoSession() throws Exception {
        journal.close();
        journal = Journal.open(folder.resolve("calm"), CLOCK);
        journal.people().add(Person.named("Nobody Due"));
        open.set(journal);

        assertThat(review.phaseProperty().get()).isEqualTo(Phase.READY);
        assertThat(review.waitingProperty().get()).isZero();
        assertThat(review.waitingTextProperty().get()).startsWith("Nobody is waiting for you");
        review.start();
        assertThat(review.phaseProperty().get()).isEqualTo(Phase.READY);
    }

    @Test
    void anotherJournalEndsTheSessionOfTheLastOneAndShowsItsOwnHistory() {
        review.start();
        review.end();
        review.done();
        assertThat(review.history().reviews()).isEmpty();
        review.start();
        review.skip();
        review.end();
        review.done();
        assertThat(review.history().reviews()).hasSize(1);
        review.start();
        review.skip();

        journal.close();
        journal = Journal.open(folder.resolve("other"), CLOCK);
        open.set(journal);

        assertThat(review.phaseProperty().get()).isEqualTo(Phase.READY);
        assertThat(review.cardProperty().get()).isNull();
        assertThat(review.waitingTextProperty().get()).startsWith("Nobody is waiting for you yet. Add the people");
        assertThat(review.history().reviews()).isEmpty();
    }

    /** The Log dialog as the test answers it: saved (a conversation written) or cancelled. */
    private final class LogAnswers implements EntryEditor {

        final List<List<UUID>> askedFor = new ArrayList<>();
        private Consumer<UUID> closed;

        @Override
        public void logConversation(List<UUID> with, Consumer<UUID> closed) {
            askedFor.add(with);
            this.closed = closed;
        }

        void save(Person person) {
            Interaction talk = Interaction.create(TODAY, Channel.CALL, Depth.CATCH_UP, Initiator.ME, 20,
                    List.of(person.id()), null);
            journal.interactions().add(talk);
            changes.changed();
            closed.accept(talk.id());
        }

        void cancel() {
            closed.accept(null);
        }

        @Override
        public void logFavour(UUID with) {
        }

        @Override
        public void editInteraction(UUID id) {
        }

        @Override
        public void editFavour(UUID id) {
        }
    }
}
