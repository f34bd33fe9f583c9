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

    private final UndoViewModel undo = new UndoViewModel();
    private final AtomicInteger undone = new AtomicInteger();
    private final Button list = new Button("a list");
    private final TextField search = new TextField();

    @Start
    void start(Stage stage) {
        StackPane root = new StackPane(new VBox(list, search), new UndoBar(undo, Duration.millis(600)).node());
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
    void theBarGoesAwayByItselfAndTheActionStaysDone(FxRobot robot) throws Exception {
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
