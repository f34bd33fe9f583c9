package app.kith.ui.shell;

import app.kith.ui.common.Dialogs;
import java.util.List;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/**
 * Help › Keyboard shortcuts (F1). The menus' shortcuts are read from the menu bar itself, so that column lists
 * every one there is and never one that is not; beside them, the keys the screens answer while shown.
 */
final class ShortcutsDialog {

    private final Dialog<ButtonType> dialog = new Dialog<>();

    /** Keys a screen answers while it is shown, which no menu item carries: the second column of the dialog. */
    private static final List<ScreenKeys> SCREEN_KEYS = List.of(
            new ScreenKeys("People", List.of(
                    new Key("/", "Search people"),
                    new Key("Down", "From the search into the list"),
                    new Key("Esc", "Clear the search"))),
            new ScreenKeys("Review", List.of(
                    new Key("Enter", "Start the review"),
                    new Key("L", "Log a conversation with them"),
                    new Key("S, then 1 2 3 or D", "Snooze: a week, a month, three months, a date"),
                    new Key("C", "Change the cadence (Delete clears it)"),
                    new Key("G", "Let go (archive, with Undo)"),
                    new Key("→ or N / ←", "Skip to the next / go back"),
                    new Key("Esc", "End the review early"))),
            new ScreenKeys("Map and Rings", List.of(
                    new Key("← → ↑ ↓", "The neighbouring bubble (Map)"),
                    new Key("Enter", "Open the person pointed at (Map)"),
                    new Key("+ − 0", "Zoom in, out, the whole map (Map)"),
                    new Key("Esc", "Back to today from a past month"))));

    private record Key(String keys, String what) {
    }

    private record ScreenKeys(String screen, List<Key> keys) {
    }

    ShortcutsDialog(Window owner, MenuBar menus) {
        dialog.setTitle("Keyboard shortcuts");
        GridPane fromMenus = grid();
        int row = 0;
        for (Menu menu : menus.getMenus()) {
            List<MenuItem> withKeys = menu.getItems().stream().filter(item -> item.getAccelerator() != null).toList();
            if (withKeys.isEmpty()) {
                continue;
            }
            row = group(fromMenus, row, menu.getText());
            for (MenuItem item : withKeys) {
                row = key(fromMenus, row, item.getAccelerator().getDisplayText(), item.getText().replace("…", ""));
            }
        }
        GridPane onScreens = grid();
        row = 0;
        for (ScreenKeys screen : SCREEN_KEYS) {
            row = group(onScreens, row, "On " + screen.screen());
            for (Key key : screen.keys()) {
                row = key(onScreens, row, key.keys(), key.what());
            }
        }
        HBox both = new HBox(16, fromMenus, onScreens);
        both.setId("shortcuts");
        dialog.getDialogPane().setContent(both);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        Dialogs.dress(dialog, owner);
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("kith-shortcuts");
        return grid;
    }

    private static int group(GridPane grid, int row, String title) {
        Label group = new Label(title);
        group.getStyleClass().add("kith-shortcuts-group");
        grid.add(group, 0, row, 2, 1);
        return row + 1;
    }

    private static int key(GridPane grid, int row, String keys, String what) {
        Label key = new Label(keys);
        key.getStyleClass().add("kith-key");
        Label meaning = new Label(what);
        // Never shortened to "…": the dialog takes the width its lines need.
        key.setMinWidth(Region.USE_PREF_SIZE);
        meaning.setMinWidth(Region.USE_PREF_SIZE);
        grid.addRow(row, key, meaning);
        return row + 1;
    }

    void show() {
        dialog.show();
    }
}
