package app.kith.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.domain.Channel;
import app.kith.domain.Depth;
import app.kith.domain.Initiator;
import app.kith.domain.Interaction;
import app.kith.domain.Person;
import app.kith.domain.Review;
import app.kith.domain.ReviewAction;
import app.kith.domain.ReviewDecision;
import app.kith.domain.Ring;
import app.kith.insight.PersonInsight;
import app.kith.store.Journal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** A whole review in the real window, by keyboard, using every action; then what it left in the journal. */
class ReviewWindowTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @TempDir
    Path data;

    private final WindowTestSupport window = new WindowTestSupport();
    /** P01 the most pressing, then P02…; nine are due, a review takes eight. */
    private final List<Person> due = new ArrayList<>();

    @BeforeAll
    static void toolkit() throws Exception {
        WindowTestSupport.startToolkit();
    }

    @AfterEach
    void close() throws Exception {
        window.stop();
    }

    private void journal() {
        try (Journal journal = Journal.open(data, WindowTestSupport.CLOCK)) {
            for (int i = 1; i <= 9; i++) {
                Person person = Person.builder().name(String.format(Locale.ROOT, "P%02d", i)).ring(Ring.FIFTEEN)
                        .cadenceDays(30).build();
                journal.people().add(person);
                journal.interactions().add(Interaction.create(TODAY.minusDays(300 - 20 * i), Channel.CALL,
                        Depth.PERSONAL, Initiator.ME, 30, List.of(person.id()), null));
                due.add(person);
            }
            journal.settings().setReviewSize(8);
        }
    }

    private void key(KeyCode code) {
        window.robot.type(code);
    }

    private void waitForProgress(String progress) throws Exception {
        window.waitForText("#review-progress", progress::equals);
    }

    @Test
    void aWholeReviewByKeyboardWithEveryAction() throws Exception {
        journal();
        window.start(data);
        window.waitForText("#today-summary", text -> text.startsWith("9 people"));

        window.robot.press(KeyCode.SHORTCUT, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.SHORTCUT);
        window.waitForText("#review-waiting", "9 people are waiting for a conversation."::equals);
        for (String action : List.of("#review-start")) {
            assertThat(window.<Button>waitFor(action).getAccessibleText()).contains("Enter");
        }
        key(KeyCode.ENTER);
        waitForProgress("1 of 8");
        window.waitForText("#review-card-name", "P01"::equals);
        for (String[] action : new String[][] {{"#review-log", "(L)"}, {"#review-snooze", "(S)"},
            {"#review-cadence", "(C)"}, {"#review-let-go", "(G)"}, {"#review-back", "(\u2190)"},
            {"#review-skip", "(\u2192)"}, {"#review-end", "(Esc)"}}) {
            Button button = window.waitFor(action[0]);
            assertThat(button.getAccessibleText()).as(action[0]).endsWith(action[1]);
        }

        // L: the Log dialog with P01 filled in; saved, the review moves on.
        key(KeyCode.L);
        window.waitFor("#log-chip-P01");
        // Headless Monocle leaves the keyboard with the main window when a dialog opens: one click hands it over.
        window.robot.clickOn("#log-people-input");
        window.robot.type(KeyCode.TAB, KeyCode.TAB, KeyCode.TAB).write("c");
        window.robot.type(KeyCode.TAB).write("p");
        window.robot.type(KeyCode.ENTER);
        waitForProgress("2 of 8");
        window.waitForText("#review-card-name", "P02"::equals);

        // S, 1: a week.
        key(KeyCode.S);
        window.waitFor("#review-snooze-choice");
        key(KeyCode.DIGIT1);
        waitForProgress("3 of 8");

        // S, D: until a day typed.
        key(KeyCode.S);
        key(KeyCode.D);
        DatePicker date = window.waitFor("#review-date");
        LocalDate until = LocalDate.of(2027, 1, 10);
        window.robot.write(date.getConverter().toString(until));
        key(KeyCode.ENTER);
        waitForProgress("4 of 8");

        // C: 90 days typed over the suggestion, Enter.
        key(KeyCode.C);
        window.waitFor("#review-days");
        window.robot.write("90");
        key(KeyCode.ENTER);
        waitForProgress("5 of 8");

        // C, Delete: their own cadence cleared.
        key(KeyCode.C);
        window.waitFor("#review-days");
        key(KeyCode.DELETE);
        waitForProgress("6 of 8");

        // G: let go, with undo offered.
        key(KeyCode.G);
        waitForProgress("7 of 8");
        window.waitForText("#undo-message", "Let go of P06 (archived)"::equals);

        // N skips P07; on P08, ← goes back to P07, whose skip becomes a month's snooze.
        key(KeyCode.N);
        waitForProgress("8 of 8");
        key(KeyCode.LEFT);
        waitForProgress("7 of 8");
        window.waitForText("#review-decided", text -> text.startsWith("You decided: skipped."));
        key(KeyCode.S);
        key(KeyCode.DIGIT2);
        waitForProgress("8 of 8");
        key(KeyCode.RIGHT);

        window.waitForText("#review-summary",
                "8 reviewed: 1 logged, 3 snoozed, 2 cadence changed, 1 let go, 1 skipped."::equals);
        // P04 (90 days: still overdue) and P05 (back to the ring's 30 days), P08 skipped and P09 not reached.
        window.waitForText("#review-left", text -> text.startsWith("4 people are still waiting"));

        // Enter closes the summary; the review is in the history. Another session, ended at once with Esc.
        key(KeyCode.ENTER);
        window.waitFor("#review-history");
        key(KeyCode.ENTER);
        waitForProgress("1 of 4");
        key(KeyCode.ESCAPE);
        window.waitForText("#review-summary", "Nobody reviewed: nothing was changed."::equals);
        key(KeyCode.ENTER);
        window.waitFor("#review-start");

        window.stop();
        try (Journal journal = Journal.open(data, WindowTestSupport.CLOCK)) {
            List<Review> reviews = journal.reviews().all();
            assertThat(reviews).hasSize(1);
            assertThat(reviews.get(0).date()).isEqualTo(TODAY);
            assertThat(reviews.get(0).decisions()).containsExactly(
                    ReviewDecision.of(due.get(0).id(), ReviewAction.LOGGED),
                    ReviewDecision.snoozed(due.get(1).id(), TODAY.plusWeeks(1)),
                    ReviewDecision.snoozed(due.get(2).id(), until),
                    ReviewDecision.cadence(due.get(3).id(), 90),
                    ReviewDecision.cadence(due.get(4).id(), null),
                    ReviewDecision.of(due.get(5).id(), ReviewAction.LET_GO),
                    ReviewDecision.snoozed(due.get(6).id(), TODAY.plusMonths(1)),
                    ReviewDecision.of(due.get(7).id(), ReviewAction.SKIPPED));
            List<Interaction> logged = journal.interactions().forPerson(due.get(0).id(), 0, 1);
            assertThat(logged.get(0).date()).isEqualTo(TODAY);
            assertThat(logged.get(0).channel()).isEqualTo(Channel.CALL);
            assertThat(journal.people().get(due.get(3).id()).orElseThrow().cadenceDays()).isEqualTo(90);
            assertThat(journal.people().get(due.get(4).id()).orElseThrow().cadenceDays()).isNull();
            assertThat(journal.people().get(due.get(5).id()).orElseThrow().archived()).isTrue();
            assertThat(journal.scores().today().reviewQueue()).extracting(PersonInsight::id)
                    .doesNotContain(due.get(0).id(), due.get(1).id(), due.get(2).id(), due.get(5).id(),
                            due.get(6).id())
                    .contains(due.get(3).id(), due.get(4).id(), due.get(7).id(), due.get(8).id());
        }
    }

    @Test
    void aJournalWhereNobodyIsDueSaysSoWarmly() throws Exception {
        try (Journal journal = Journal.open(data, WindowTestSupport.CLOCK)) {
            journal.people().add(Person.named("Maya Cole"));
        }
        window.start(data);
        window.waitForText("#today-summary", text -> text.startsWith("1 person"));

        window.robot.clickOn(window.<Node>waitFor("#rail-review"));

        window.waitForText("#review-waiting", text -> text.startsWith("Nobody is waiting for you"));
        assertThat(window.isShown("#review-start")).isFalse();
        assertThat(window.isShown("#review-history-empty")).isTrue();
        key(KeyCode.ENTER);
        WaitForAsyncUtils.sleep(200, TimeUnit.MILLISECONDS);
        assertThat(window.isShown("#review-session")).isFalse();
    }
}
