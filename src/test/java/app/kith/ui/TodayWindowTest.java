package app.kith.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.store.Journal;
import app.kith.store.TodayJournal;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** The Today screen in the real window on the hand-built {@link TodayJournal}, by mouse and by keyboard. */
class TodayWindowTest {

    @TempDir
    Path data;

    private final WindowTestSupport window = new WindowTestSupport();
    private TodayJournal built;

    @BeforeAll
    static void toolkit() throws Exception {
        WindowTestSupport.startToolkit();
    }

    @BeforeEach
    void journal() {
        try (Journal journal = Journal.open(data, TodayJournal.CLOCK)) {
            built = new TodayJournal().writeTo(journal);
        }
    }

    @AfterEach
    void close() throws Exception {
        window.stop();
    }

    /** The titles of a card's items, in order (a follow-up's row holds its Done button and the item). */
    private List<String> rowTitles(String list) throws Exception {
        VBox rows = window.waitFor(list);
        return rows.getChildrenUnmodifiable().stream()
                .flatMap(child -> child instanceof Parent parent && !(child instanceof Button)
                        ? parent.getChildrenUnmodifiable().stream() : Stream.of(child))
                .filter(node -> node.getStyleClass().contains("kith-today-row"))
                .map(node -> ((Button) node).getText()).toList();
    }

    @Test
    void todayShowsEveryCardWithItsItems() throws Exception {
        window.start(data, TodayJournal.CLOCK);
        window.waitFor("#today-reach-out-list .kith-today-row");

        assertThat(rowTitles("#today-reach-out-list"))
                .containsExactly("Eve Moss", "Jon Reyes", "Ann Lee", "Ben Ito", "Ivy Quinn");
        assertThat(rowTitles("#today-follow-ups-list")).containsExactly("Ann Lee", "Ben Ito");
        assertThat(rowTitles("#today-coming-up-list"))
                .containsExactly("Cat Roy", "Ann Lee", "Ben Ito", "Fay Ng", "Eve Moss");
        assertThat(rowTitles("#today-recent-list")).containsExactly("Dan Wu", "Fay Ng", "Ann Lee, Ben Ito", "Cat Roy");
        assertThat(window.textOf("#today-prompt")).isEqualTo("You have not held a review yet · 7 people are waiting");
        assertThat(window.textOf("#today-month-headline")).startsWith("This month so far: 5 conversations");
        Node chart = window.waitFor("#today-month-chart .kith-month-bars");
        assertThat(chart.getAccessibleText()).contains("February 2027: 5 conversations (2 small talk, 1 catch-up, "
                + "1 personal, 1 deep)");
        assertThat(window.robot.lookup("#today-month-chart .kith-month-column").queryAll()).hasSize(12);
        assertThat(window.isShown("#today-caught-up")).isFalse();
    }

    @Test
    void clickingSomeoneToReachOutToOpensTheirPage() throws Exception {
        window.start(data, TodayJournal.CLOCK);
        Node eve = window.waitFor("#today-reach-out-list .kith-today-row");

        window.robot.clickOn(eve);

        window.waitForText("#person-name", "Eve Moss"::equals);
    }

    @Test
    void theKeyboardReachesTheItemsAndEnterOpensTheEntry() throws Exception {
        window.start(data, TodayJournal.CLOCK);
        window.waitFor("#today-recent-list .kith-today-row");
        Button first = window.robot.lookup("#today-recent-list .kith-today-row").queryAs(Button.class);
        window.robot.interact(first::requestFocus);

        // Tab goes on to the next conversation (Fay's call), Enter opens it in the Log dialog.
        window.robot.type(KeyCode.TAB);
        Node focused = first.getScene().getFocusOwner();
        assertThat(((Button) focused).getText()).isEqualTo("Fay Ng");
        window.robot.type(KeyCode.ENTER);

        window.waitFor("#log-delete");
        assertThat(window.isShown("#log-save")).isTrue();
        window.robot.type(KeyCode.ESCAPE);
    }

    @Test
    void aFollowUpIsMarkedDoneWithOneClickAndComesBackWithUndo() throws Exception {
        window.start(data, TodayJournal.CLOCK);
        Node done = window.waitFor("#today-follow-ups-list .kith-today-done");

        window.robot.clickOn(done);

        window.waitForText("#undo-message", "Marked \u201cSend the photos\u201d done"::equals);
        WaitForAsyncUtils.waitFor(WindowTestSupport.PATIENCE_SECONDS, TimeUnit.SECONDS,
                () -> rowTitles("#today-follow-ups-list").equals(List.of("Ben Ito")));

        window.robot.clickOn("#undo-button");

        WaitForAsyncUtils.waitFor(WindowTestSupport.PATIENCE_SECONDS, TimeUnit.SECONDS,
                () -> rowTitles("#today-follow-ups-list").equals(List.of("Ann Lee", "Ben Ito")));
        window.stop();
        try (Journal journal = Journal.open(data, TodayJournal.CLOCK)) {
            assertThat(journal.followUps().forPerson(built.ann.id())).allSatisfy(
                    followUp -> assertThat(followUp.done()).isFalse());
        }
    }
}
