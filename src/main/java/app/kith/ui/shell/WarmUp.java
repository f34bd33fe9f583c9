package app.kith.ui.shell;

import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.VBox;

/**
 * Start-up help: while {@code Application.init()} builds the window on the launcher thread, the
 * FX thread has nothing to do. Styling a throwaway menu bar, button and label there loads the
 * classes and skins the first frame needs, so that showing the real window takes less time.
 * Nothing of it is ever shown. Call on the FX thread.
 */
public final class WarmUp {

    private WarmUp() {
    }

    public static void firstFrame(String stylesheet) {
        MenuBar menus = new MenuBar(new Menu("File", null, new MenuItem("New")), new Menu("View"));
        VBox root = new VBox(menus, new ToggleButton("Today"), new Label("Opening"));
        Scene scene = new Scene(new Group(root));
        scene.getStylesheets().add(stylesheet);
        root.applyCss();
        root.layout();
    }
}
