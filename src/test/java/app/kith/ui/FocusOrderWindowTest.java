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
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
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
 * screen's controls in a round, in the order the screen reads (rows top to bottom, left to right in a row, a column
 * on the right after the one on the left), each with a name a screen reader can say.
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
        List<String> outOfOrder = new ArrayList<>();
        for (String rail : List.of("#rail-today", "#rail-people", "#rail-review", "#rail-map", "#rail-rings",
                "#rail-settings")) {
            window.robot.clickOn(rail);
            // The screen's content arrives in the background; then the walk starts from the rail.
            WaitForAsyncUtils.sleep(2, TimeUnit.SECONDS);
            if (rail.equals("#rail-people")) {
                // With someone chosen, so that the walk goes through their page too.
                window.robot.clickOn(".kith-person-cell");
                window.waitForText("#person-name", name -> !name.isBlank());
            }
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
            // Read once the walk is over, all in one scroll position: the stops after the rail's.
            List<Bounds> places = stops.subList(1, stops.size()).stream()
                    .map(stop -> stop.localToScene(stop.getBoundsInLocal())).toList();
            for (int back : readingOrderBreaks(places)) {
                outOfOrder.add(rail + ": from " + name(stops.get(back + 1)) + " to " + name(stops.get(back + 2)));
            }
        }
        assertThat(unnamed).as("controls Tab reaches without an accessible name").isEmpty();
        assertThat(outOfOrder).as("Tab stops that go back against the reading order").isEmpty();
    }

    @Test
    void theReadingOrderRuleCatchesAStepBackButNotANewRowOrColumn() {
        Bounds search = new BoundingBox(100, 50, 300, 30);
        Bounds add = new BoundingBox(420, 50, 40, 30);
        Bounds filter = new BoundingBox(100, 100, 120, 20);
        Bounds list = new BoundingBox(100, 200, 400, 500);
        Bounds sideList = new BoundingBox(600, 120, 300, 200);

        assertThat(readingOrderBreaks(List.of(search, add, filter, list, sideList)))
                .as("along a row, down to the next, then up into the column on the right").isEmpty();
        assertThat(readingOrderBreaks(List.of(search, list, filter))).as("back up in the same column")
                .containsExactly(1);
        assertThat(readingOrderBreaks(List.of(add, search, filter))).as("leftwards within a row").containsExactly(0);
    }

    /**
     * Where Tab goes against the reading order of a screen laid out in rows and columns: the indices i whose next
     * stop lies left of it in the same row, or higher up without being in a column to its right.
     */
    static List<Integer> readingOrderBreaks(List<Bounds> stops) {
        List<Integer> breaks = new ArrayList<>();
        for (int i = 0; i + 1 < stops.size(); i++) {
            Bounds from = stops.get(i);
            Bounds to = stops.get(i + 1);
            boolean sameRow = to.getMinY() < from.getMaxY() && from.getMinY() < to.getMaxY();
            boolean leftwards = to.getMaxX() <= from.getMinX();
            boolean upwards = to.getCenterY() < from.getMinY();
            boolean columnToTheRight = to.getMinX() >= from.getMaxX() - 1;
            if (sameRow && leftwards || upwards && !columnToTheRight) {
                breaks.add(i);
            }
        }
        return breaks;
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
