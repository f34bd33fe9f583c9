package app.kith.ui.shell;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.MenuBar;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;

/** The main window's content: menu bar on top, navigation rail on the left, the screen beside it. */
public final class MainWindow {

    private final BorderPane root = new BorderPane();
    private final ObjectProperty<Screen> selected = new SimpleObjectProperty<>();
    private final Map<Screen, Node> built = new HashMap<>();
    private final MenuBar menuBar;

    public MainWindow(ShellViewModel shell, ThemeSwitcher theme, ShellActions actions, UndoViewModel undo,
                      List<Screen> screens) {
        if (screens.isEmpty()) {
            throw new IllegalArgumentException("The window needs at least one screen");
        }
        selected.set(screens.get(0));
        menuBar = MainMenu.build(actions, theme, screens, selected, this::showShortcuts);
        root.setId("main-window");
        root.setTop(menuBar);
        root.setLeft(new NavigationRail(screens, selected).node());
        root.setCenter(new StackPane(new ContentArea(shell, actions, selected, this::view).node(),
                new UndoBar(undo, UndoBar.SHOWN_FOR).node()));
        root.addEventFilter(KeyEvent.KEY_PRESSED, UndoBar.shortcut(undo));
    }

    public Parent root() {
        return root;
    }

    /** The screen shown while a journal is open. */
    public ObjectProperty<Screen> selectedScreenProperty() {
        return selected;
    }

    /** Help › Keyboard shortcuts. */
    public void showShortcuts() {
        new ShortcutsDialog(root.getScene().getWindow(), menuBar).show();
    }

    private Node view(Screen screen) {
        return built.computeIfAbsent(screen, shown -> shown.content().get());
    }
}
