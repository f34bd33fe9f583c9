package app.kith.ui.shell;

import app.kith.ui.common.Icons;
import app.kith.ui.common.Tips;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The column on the left: one icon-and-word button per screen, the current one highlighted. */
final class NavigationRail {

    private final VBox rail = new VBox();
    private final ToggleGroup group = new ToggleGroup();

    NavigationRail(List<Screen> screens, ObjectProperty<Screen> selected) {
        rail.getStyleClass().add("kith-rail");
        rail.setAccessibleText("Screens");
        int number = 0;
        for (Screen screen : screens) {
            if (!screen.atFoot()) {
                rail.getChildren().add(item(screen, screen.shortcut(++number)));
            }
        }
        // The screens at the foot (Settings) sit apart at the bottom, as in most desktop tools.
        Region gap = new Region();
        VBox.setVgrow(gap, Priority.ALWAYS);
        rail.getChildren().add(gap);
        for (Screen screen : screens) {
            if (screen.atFoot()) {
                rail.getChildren().add(item(screen, screen.footShortcut()));
            }
        }
        group.selectedToggleProperty().addListener((observable, was, now) -> {
            if (now != null) {
                selected.set((Screen) now.getUserData());
            } else if (was != null) {
                // A rail always has one screen selected: clicking the current one keeps it.
                group.selectToggle(was);
            }
        });
        selected.addListener((observable, was, now) -> select(now));
        select(selected.get());
        // Up and Down move the selection, not only the focus, so that the focus ring and the highlight
        // never sit on two different screens.
        rail.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.UP || event.getCode() == KeyCode.DOWN) {
                step(event.getCode() == KeyCode.DOWN ? 1 : -1);
                event.consume();
            }
        });
    }

    /** Selects and focuses the screen {@code by} places below (or above) the selected one. */
    private void step(int by) {
        List<Toggle> toggles = group.getToggles();
        int at = toggles.indexOf(group.getSelectedToggle());
        int next = Math.floorMod(at + by, toggles.size());
        group.selectToggle(toggles.get(next));
        ((Node) toggles.get(next)).requestFocus();
    }

    Node node() {
        return rail;
    }

    private ToggleButton item(Screen screen, KeyCombination shortcut) {
        ToggleButton item = new ToggleButton(screen.name(), Icons.icon(screen.icon()));
        item.getStyleClass().add("kith-rail-item");
        item.setToggleGroup(group);
        item.setUserData(screen);
        item.setId("rail-" + screen.name().toLowerCase(Locale.ROOT));
        item.setAccessibleText(screen.name());
        String keys = shortcut.getDisplayText();
        Tips.install(item, screen.name() + " (" + keys + ")");
        return item;
    }

    /**
     * Highlights the screen's item. Only that item takes Tab (the others are reached with Up and Down), and a
     * focus left on another item (the screen was switched by a shortcut or the View menu) moves to it.
     */
    private void select(Screen screen) {
        boolean railFocused = false;
        ToggleButton chosen = null;
        for (Toggle toggle : group.getToggles()) {
            ToggleButton item = (ToggleButton) toggle;
            railFocused |= item.isFocused();
            if (toggle.getUserData() == screen) {
                group.selectToggle(toggle);
                chosen = item;
            }
            item.setFocusTraversable(toggle.getUserData() == screen);
        }
        if (railFocused && chosen != null && !chosen.isFocused()) {
            chosen.requestFocus();
        }
    }
}
