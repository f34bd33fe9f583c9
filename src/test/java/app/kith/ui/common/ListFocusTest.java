package app.kith.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A list's focus ring and its selection stay on one row, whether the keys, the mouse or the code moved them. */
@ExtendWith(ApplicationExtension.class)
class ListFocusTest {

    private final ObservableList<String> names = FXCollections.observableArrayList(
            "Ann", "Ben", "Cat", "Dora", "Eve", "Finn");
    private ListView<String> list;

    @Start
    void start(Stage stage) {
        list = new ListView<>(names);
        list.setId("names");
        ListFocus.followSelection(list);
        stage.setScene(new Scene(list, 300, 400));
        stage.show();
    }

    @Test
    void theKeysMoveBoth(FxRobot robot) {
        robot.clickOn("Ann").type(KeyCode.DOWN, 3).type(KeyCode.UP);

        assertThat(list.getSelectionModel().getSelectedItem()).isEqualTo("Cat");
        assertAgree();
    }

    @Test
    void aClickMovesBoth(FxRobot robot) {
        robot.clickOn("Ann").clickOn("Eve");

        assertThat(list.getSelectionModel().getSelectedItem()).isEqualTo("Eve");
        assertAgree();
    }

    @Test
    void rowsReplacedAroundTheSelectionKeepTheFocusOnIt(FxRobot robot) {
        robot.clickOn("Dora");

        // A search narrows the rows, the selected person still among them but higher up.
        robot.interact(() -> {
            names.setAll("Ben", "Dora", "Eve");
            list.getSelectionModel().select("Dora");
        });

        assertThat(list.getSelectionModel().getSelectedItem()).isEqualTo("Dora");
        assertAgree();
    }

    @Test
    void aRowRemovedAboveTheSelectionKeepsTheFocusOnIt(FxRobot robot) {
        robot.clickOn("Eve");

        robot.interact(() -> names.removeAll(List.of("Ann", "Ben")));   // merged or deleted

        assertThat(list.getSelectionModel().getSelectedItem()).isEqualTo("Eve");
        assertAgree();
    }

    @Test
    void rowsReplacedWithoutTheSelectedOneLeaveNoFocusedRow(FxRobot robot) {
        robot.clickOn("Dora");

        // A search that Dora does not match: nothing is selected, so no row may look focused either
        // (JavaFX alone leaves its focus on the first row, and Down would then skip that row).
        robot.interact(() -> names.setAll("Ben", "Eve"));

        assertThat(list.getSelectionModel().getSelectedIndex()).isEqualTo(-1);
        assertAgree();
        robot.type(KeyCode.DOWN);
        assertThat(list.getSelectionModel().getSelectedItem()).as("Down from nothing picks the first").isEqualTo("Ben");
        assertAgree();
    }

    @Test
    void aClearedSelectionLeavesNoFocusedRow(FxRobot robot) {
        robot.clickOn("Cat");

        robot.interact(() -> list.getSelectionModel().clearSelection());

        assertThat(list.getSelectionModel().getSelectedIndex()).isEqualTo(-1);
        assertAgree();
    }

    @Test
    void aNewListOfRowsIsFollowedToo(FxRobot robot) {
        robot.interact(() -> {
            list.setItems(FXCollections.observableArrayList("Zoe", "Yara", "Xia"));
            list.getSelectionModel().select(2);
        });
        robot.interact(() -> list.getItems().add(0, "Wim"));

        assertThat(list.getSelectionModel().getSelectedItem()).isEqualTo("Xia");
        assertAgree();
    }

    private void assertAgree() {
        assertThat(list.getFocusModel().getFocusedIndex()).as("the focused row")
                .isEqualTo(list.getSelectionModel().getSelectedIndex());
    }
}
