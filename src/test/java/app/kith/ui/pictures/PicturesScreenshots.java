package app.kith.ui.pictures;

import app.kith.ui.KithApp;
import app.kith.ui.shell.ThemeSwitcher;
import java.io.File;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Not a test: opens the real window on a copy of a journal and saves pictures of the Map (a person's card shown),
 * the Rings as they open (the movers' ghosts and arrows) and a person's story, to look at them as a person would
 * and for the README: {@code java -cp … app.kith.ui.pictures.PicturesScreenshots DIR OUT_FOLDER light|dark
 * "PERSON NAME"} writes map-THEME.png, rings-THEME.png and person-charts-THEME.png.
 */
public final class PicturesScreenshots {

    private static final long PATIENCE = 120;

    private PicturesScreenshots() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        Path out = Path.of(args[1]);
        boolean dark = args[2].equals("dark");
        String person = args[3];
        String theme = dark ? "dark" : "light";
        Stage stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupApplication(() -> new KithApp(Clock.systemDefaultZone(), data, KithApp.EXPLORE_SPEC));
        FxRobot robot = new FxRobot();
        WaitForAsyncUtils.asyncFx(() -> {
            Application.setUserAgentStylesheet(ThemeSwitcher.stylesheet(dark));
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1440);
            stage.setHeight(900);
        }).get();
        waitFor(robot, "#rail-map");
        Thread.sleep(1500);

        robot.clickOn("#rail-map");
        waitFor(robot, "#map-canvas");
        Thread.sleep(2500);
        robot.moveTo("#map-fit").moveBy(-40, 60);
        robot.clickOn();
        robot.type(KeyCode.RIGHT, KeyCode.DOWN, KeyCode.DOWN, KeyCode.DOWN, KeyCode.DOWN, KeyCode.LEFT);
        Thread.sleep(800);
        save(stage, out.resolve("map-" + theme + ".png"));

        robot.clickOn("#rail-rings");
        ListView<?> closer = waitFor(robot, "#rings-closer");
        WaitForAsyncUtils.waitFor(PATIENCE, TimeUnit.SECONDS, () -> !closer.getItems().isEmpty());
        Thread.sleep(1500);
        save(stage, out.resolve("rings-" + theme + ".png"));

        robot.clickOn("#rail-people");
        robot.clickOn("#people-search").write(person);
        robot.type(KeyCode.DOWN);
        Node story = waitFor(robot, "#story-depth-caption");
        Thread.sleep(2500);
        WaitForAsyncUtils.asyncFx(() -> scrollTo(robot, robot.lookup("#person-story").query())).get();
        Thread.sleep(1000);
        save(stage, out.resolve("person-charts-" + theme + ".png"));
        System.out.println("Saved the pictures to " + out + " (" + story.isVisible() + ")");
        System.exit(0);
    }

    /** Scrolls the person's page so that the section starts at the top. */
    private static void scrollTo(FxRobot robot, Node section) {
        ScrollPane scroll = robot.lookup(".kith-person-scroll").query();
        Node content = scroll.getContent();
        Bounds inContent = content.sceneToLocal(section.localToScene(section.getBoundsInLocal()));
        double room = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
        scroll.setVvalue(Math.max(0, Math.min(1, (inContent.getMinY() - 8) / room)));
    }

    private static <T extends Node> T waitFor(FxRobot robot, String selector) throws Exception {
        WaitForAsyncUtils.waitFor(PATIENCE, TimeUnit.SECONDS,
                () -> robot.lookup(selector).match(Node::isVisible).tryQuery().isPresent());
        return robot.lookup(selector).match(Node::isVisible).query();
    }

    private static void save(Stage stage, Path file) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> stage.getScene().snapshot(null)).get();
        File target = file.toFile();
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", target);
        System.out.println("Saved " + target);
    }
}
