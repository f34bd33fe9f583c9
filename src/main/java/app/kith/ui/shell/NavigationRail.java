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
import javafx.scene.input.KeyCombination;
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

    private void select(Screen screen) {
        for (Toggle toggle : group.getToggles()) {
            if (toggle.getUserData() == screen) {
                group.selectToggle(toggle);
            }
        }
    }
}
