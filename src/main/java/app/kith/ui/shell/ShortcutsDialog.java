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
import javafx.stage.Window;

/**
 * Help › Keyboard shortcuts (F1). Read from the menu bar itself, so it lists every shortcut
 * there is and never one that is not.
 */
final class ShortcutsDialog {

    private final Dialog<ButtonType> dialog = new Dialog<>();

    ShortcutsDialog(Window owner, MenuBar menus) {
        dialog.setTitle("Keyboard shortcuts");
        GridPane grid = new GridPane();
        grid.setId("shortcuts");
        grid.getStyleClass().add("kith-shortcuts");
        int row = 0;
        for (Menu menu : menus.getMenus()) {
            List<MenuItem> withKeys = menu.getItems().stream().filter(item -> item.getAccelerator() != null).toList();
            if (withKeys.isEmpty()) {
                continue;
            }
            Label group = new Label(menu.getText());
            group.getStyleClass().add("kith-shortcuts-group");
            grid.add(group, 0, row++, 2, 1);
            for (MenuItem item : withKeys) {
                Label key = new Label(item.getAccelerator().getDisplayText());
                key.getStyleClass().add("kith-key");
                Label what = new Label(item.getText().replace("…", ""));
                grid.addRow(row++, key, what);
            }
        }
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        Dialogs.dress(dialog, owner);
    }

    void show() {
        dialog.show();
    }
}
