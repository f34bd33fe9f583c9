package app.kith.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The undo bar as the user meets it: it says what happened, and Undo (button or key) puts it back. */
@ExtendWith(ApplicationExtension.class)
class UndoBarTest {

    /** Long enough that no test meets the bar's own timeout unless it asks for it, however slow the machine. */
    private static final Duration PATIENT = Duration.hours(1);

    private final UndoViewModel undo = new UndoViewModel();
    private final AtomicInteger undone = new AtomicInteger();
    private Button list;
    private TextField search;
    private StackPane root;

    @Start
    void start(Stage stage) {
        // Controls are made here, on the FX thread once the toolkit runs, never in field initialisers.
        list = new Button("a list");
        search = new TextField();
        root = new StackPane(new VBox(list, search), new UndoBar(undo, PATIENT).node());
        root.addEventFilter(KeyEvent.KEY_PRESSED, UndoBar.shortcut(undo));
        stage.setScene(new Scene(root, 500, 300));
        stage.show();
    }

    @Test
    void theBarIsHiddenUntilSomethingCanBeUndone(FxRobot robot) {
        assertThat(robot.lookup("#undo-bar").query().isVisible()).isFalse();
    }

    @Test
    void theBarSaysWhatWasDoneAndTheButtonUndoesIt(FxRobot robot) {
        robot.interact(() -> undo.offer("Deleted Maya Cole", undone::incrementAndGet));

        Node bar = robot.lookup("#undo-bar").query();
        assertThat(bar.isVisible()).isTrue();
        assertThat(robot.lookup("#undo-message").queryAs(Label.class).getText()).isEqualTo("Deleted Maya Cole");

        robot.clickOn("#undo-button");

        assertThat(undone.get()).isEqualTo(1);
        assertThat(bar.isVisible()).isFalse();
    }

    @Test
    void aFailedUndoIsSaidWithoutAButtonAndNothingMoreCanBeUndone(FxRobot robot) {
        robot.interact(() -> undo.offer("Deleted Maya Cole", undone::incrementAndGet));
        robot.clickOn("#undo-button");
        robot.interact(() -> undo.failed("Kith could not bring Maya Cole back."));

        assertThat(robot.lookup("#undo-bar").query().isVisible()).isTrue();
        Label message = robot.lookup("#undo-message").queryAs(Label.class);
        assertThat(message.getText()).isEqualTo("Kith could not bring Maya Cole back.");
        assertThat(message.getStyleClass()).contains("kith-undo-problem");
        assertThat(robot.lookup("#undo-button").query().isVisible()).isFalse();
        assertThat(undo.offeringProperty().get()).isFalse();

        robot.interact(list::requestFocus);
        robot.press(KeyCode.SHORTCUT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHORTCUT);
        assertThat(undone.get()).isEqualTo(1);

        robot.interact(() -> undo.offer("Deleted Tom Reed", undone::incrementAndGet));
        assertThat(robot.lookup("#undo-button").query().isVisible()).isTrue();
        assertThat(message.getStyleClass()).doesNotContain("kith-undo-problem");
    }

    @Test
    void theBarGoesAwayByItselfAndTheActionStaysDone(FxRobot robot) throws Exception {
        robot.interact(() -> root.getChildren().set(1, new UndoBar(undo, Duration.millis(300)).node()));
        robot.interact(() -> undo.offer("Deleted Maya Cole", undone::incrementAndGet));

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup("#undo-bar").query().isVisible());

        assertThat(undo.offeringProperty().get()).isFalse();
        assertThat(undone.get()).isZero();
    }

    @Test
    void shortcutZUndoesFromTheScreenButNotFromATextField(FxRobot robot) {
        robot.interact(() -> undo.offer("Deleted Maya Cole", undone::incrementAndGet));
        robot.interact(search::requestFocus);
        robot.press(KeyCode.SHORTCUT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHORTCUT);
        assertThat(undone.get()).isZero();

        robot.interact(list::requestFocus);
        robot.press(KeyCode.SHORTCUT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHORTCUT);
        assertThat(undone.get()).isEqualTo(1);
    }
}
