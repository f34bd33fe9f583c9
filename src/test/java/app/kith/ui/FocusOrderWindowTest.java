package app.kith.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.sample.SampleGenerator;
import app.kith.store.Journal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The keyboard's way through the window: the rail's focus and highlight stay on one screen, and Tab walks every
 * screen's controls in a round, each with a name a screen reader can say.
 */
class FocusOrderWindowTest {

    /** More Tab presses than any screen has stops: a walk that has not come round by then is stuck. */
    private static final int MAX_STOPS = 120;

    @TempDir
    Path data;

    private final WindowTestSupport window = new WindowTestSupport();

    @BeforeAll
    static void toolkit() throws Exception {
        WindowTestSupport.startToolkit();
    }

    @AfterEach
    void close() throws Exception {
        window.stop();
    }

    private void startWithSample() throws Exception {
        try (Journal journal = Journal.open(data, WindowTestSupport.CLOCK)) {
            new SampleGenerator().generate(journal, WindowTestSupport.TINY_SAMPLE, LocalDate.of(2026, 11, 22),
                    (done, total, what) -> { }, () -> false);
        }
        window.start(data);
        window.waitFor("#rail-today");
    }

    @Test
    void theRailsFocusFollowsTheSelectionWhateverSwitchesTheScreen() throws Exception {
        startWithSample();
        window.robot.clickOn("#rail-today");

        shortcut(KeyCode.DIGIT2);
        assertFocusAndSelectionOn("#rail-people");

        window.robot.type(KeyCode.DOWN);
        assertFocusAndSelectionOn("#rail-review");

        window.robot.type(KeyCode.UP).type(KeyCode.UP);
        assertFocusAndSelectionOn("#rail-today");
    }

    @Test
    void tabWalksEveryScreenRoundWithANameAtEveryStop() throws Exception {
        startWithSample();
        List<String> unnamed = new ArrayList<>();
        for (String rail : List.of("#rail-today", "#rail-people", "#rail-review", "#rail-map", "#rail-rings",
                "#rail-settings")) {
            window.robot.clickOn(rail);
            // The screen's content arrives in the background; then the walk starts from the rail.
            WaitForAsyncUtils.sleep(2, TimeUnit.SECONDS);
            Node item = window.robot.lookup(rail).query();
            window.robot.interact(item::requestFocus);
            List<Node> stops = walk();

            assertThat(stops).as("Tab from %s comes round to it", rail).isNotEmpty();
            assertThat(stops.size()).as("stops on %s besides the rail, menus excluded", rail).isGreaterThan(1);
            for (Node stop : stops) {
                if (name(stop).isBlank()) {
                    unnamed.add(rail + ": " + stop);
                }
            }
        }
        assertThat(unnamed).as("controls Tab reaches without an accessible name").isEmpty();
    }

    /** Presses Tab from the focused node until the focus comes back to it; the stops in order. */
    private List<Node> walk() {
        Node start = focused();
        Set<Node> stops = new LinkedHashSet<>();
        stops.add(start);
        for (int i = 0; i < MAX_STOPS; i++) {
            window.robot.type(KeyCode.TAB);
            WaitForAsyncUtils.waitForFxEvents();
            Node now = focused();
            if (now == start) {
                return new ArrayList<>(stops);
            }
            stops.add(now);
        }
        return List.of();
    }

    private Node focused() {
        return window.stage().getScene().getFocusOwner();
    }

    /** What a screen reader says for the control: its accessible text, its own words or its label's. */
    private String name(Node node) {
        if (node.getAccessibleText() != null && !node.getAccessibleText().isBlank()) {
            return node.getAccessibleText();
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isBlank()) {
            return labeled.getText();
        }
        if (node instanceof TextInputControl input && input.getPromptText() != null) {
            return input.getPromptText();
        }
        return labelOf(node, window.stage().getScene().getRoot());
    }

    /** The text of the label that names {@code node} (its labelFor), searched below {@code from}; "" when none. */
    private static String labelOf(Node node, Node from) {
        if (from instanceof Label label && label.getLabelFor() == node && label.getText() != null) {
            return label.getText();
        }
        if (from instanceof javafx.scene.Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                String found = labelOf(node, child);
                if (!found.isEmpty()) {
                    return found;
                }
            }
        }
        return "";
    }

    private void shortcut(KeyCode key) {
        window.robot.push(new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void assertFocusAndSelectionOn(String selector) {
        WaitForAsyncUtils.waitForFxEvents();
        ToggleButton item = window.robot.lookup(selector).queryAs(ToggleButton.class);
        assertThat(item.isSelected()).as("%s selected", selector).isTrue();
        assertThat(focused()).as("the focus").isSameAs(item);
    }
}
