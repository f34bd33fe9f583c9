package app.kith.ui.shell;

import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.stage.Stage;

/** Puts the window where it was last time and keeps track of where it is now. */
public final class WindowGeometry {

    private final Stage stage;
    private WindowBounds normal;

    public WindowGeometry(Stage stage) {
        this.stage = stage;
    }

    /** Places the (not yet shown) window from the preferences, onto a screen that exists. */
    public void restore(WindowPreferences preferences) {
        WindowBounds placed = WindowPlacement.place(preferences.bounds(), screens());
        stage.setMinWidth(Math.min(WindowPlacement.MIN_WIDTH, placed.width()));
        stage.setMinHeight(Math.min(WindowPlacement.MIN_HEIGHT, placed.height()));
        apply(placed);
        normal = placed;
        stage.setMaximized(preferences.maximized());
        // JavaFX 21 on GTK (JDK-8316423, fixed in 22): once the window manager maps the window, its first
        // configure replaces the size set before showing with a small natural one, so the first window opened at
        // its minimum size. The placed bounds are applied again once the window is on screen.
        stage.setOnShown(event -> Platform.runLater(() -> {
            if (!stage.isMaximized()) {
                apply(placed);
            }
        }));
        stage.xProperty().addListener((observable, was, now) -> remember());
        stage.yProperty().addListener((observable, was, now) -> remember());
        stage.widthProperty().addListener((observable, was, now) -> remember());
        stage.heightProperty().addListener((observable, was, now) -> remember());
    }

    private void apply(WindowBounds bounds) {
        stage.setX(bounds.x());
        stage.setY(bounds.y());
        stage.setWidth(bounds.width());
        stage.setHeight(bounds.height());
    }

    /** The bounds the window has when it is neither maximised nor minimised. */
    public WindowBounds normalBounds() {
        return normal;
    }

    public boolean maximized() {
        return stage.isMaximized();
    }

    private void remember() {
        if (!stage.isMaximized() && !stage.isIconified() && !stage.isFullScreen()
                && stage.getWidth() > 0 && stage.getHeight() > 0) {
            normal = new WindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
        }
    }

    private static List<WindowBounds> screens() {
        List<WindowBounds> all = new ArrayList<>();
        javafx.stage.Screen primary = javafx.stage.Screen.getPrimary();
        all.add(bounds(primary.getVisualBounds()));
        for (javafx.stage.Screen screen : javafx.stage.Screen.getScreens()) {
            if (!screen.equals(primary)) {
                all.add(bounds(screen.getVisualBounds()));
            }
        }
        return all;
    }

    private static WindowBounds bounds(Rectangle2D area) {
        return new WindowBounds(area.getMinX(), area.getMinY(), area.getWidth(), area.getHeight());
    }
}
