package app.kith.bench;

import app.kith.ui.shell.ThemeSwitcher;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.Stage;

/**
 * Not a test: the least a window can do, for the start-up floor in the README's Performance. Titled "Kith", so that
 * {@code src/test/scripts/window_filled.py} times it as it times Kith.
 * <ul>
 * <li>{@code FloorWindow theme}: one label in Kith's theme (AtlantaFX Primer, compiled), and nothing else.</li>
 * <li>{@code FloorWindow journal --data-dir DIR}: opens DIR's journal with H2 on a second thread while the window
 * opens, and fills the window with lines that say how many people it holds; before that the window is blank.</li>
 * </ul>
 */
public final class FloorWindow extends Application {

    private static final CompletableFuture<String> SAID = new CompletableFuture<>();

    public static void main(String[] args) {
        if (args.length == 3 && args[0].equals("journal") && args[1].equals("--data-dir")) {
            Path journal = Path.of(args[2]).toAbsolutePath().resolve("journal");
            new Thread(() -> SAID.complete(people(journal)), "floor-reader").start();
        } else if (args.length >= 1 && args[0].equals("theme")) {
            SAID.complete(null);
        } else {
            System.err.println("Usage: FloorWindow theme | FloorWindow journal --data-dir DIR");
            System.exit(2);
        }
        launch(args);
    }

    /** "1000 people", read as Kith would, or what went wrong. */
    private static String people(Path journal) {
        String url = "jdbc:h2:file:" + journal + ";FILE_LOCK=FS;ACCESS_MODE_DATA=r";
        try (Connection connection = DriverManager.getConnection(url, "kith", "");
             ResultSet count = connection.createStatement().executeQuery("select count(*) from person")) {
            count.next();
            return count.getLong(1) + " people";
        } catch (SQLException failed) {
            return failed.getMessage();
        }
    }

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(ThemeSwitcher.stylesheet(false));
        VBox lines = new VBox(4);
        stage.setScene(new Scene(lines, 1200, 780));
        stage.setTitle("Kith");
        stage.show();
        SAID.thenAccept(said -> Platform.runLater(() -> lines.getChildren().setAll(said == null
                ? List.of(new Label("Kith"))
                // Coloured lines: enough distinct colours for the script to count the window as drawn.
                : IntStream.range(0, 30).mapToObj(line -> {
                    Label label = new Label("Line " + line + ": " + said);
                    label.setTextFill(Color.hsb(line * 12, 0.8, 0.7));
                    return label;
                }).toList())));
    }
}
