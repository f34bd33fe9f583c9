package app.kith.ui.people;

import app.kith.sample.SampleSpec;
import app.kith.ui.KithApp;
import app.kith.ui.shell.ThemeSwitcher;
import java.io.File;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Not a test: opens the real window on a copy of a journal, shows the People screen and saves a
 * picture of it, to look at it as a person would.
 * {@code java -cp … app.kith.ui.people.PeopleScreenshots DIR OUT.png light|dark [SEARCH] [ROW]}
 */
public final class PeopleScreenshots {

    private PeopleScreenshots() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        String out = args[1];
        boolean dark = args[2].equals("dark");
        String search = args.length > 3 ? args[3] : "";
        int row = args.length > 4 ? Integer.parseInt(args[4]) : 2;
        Stage stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupApplication(() -> new KithApp(Clock.systemDefaultZone(), data, KithApp.EXPLORE_SPEC));
        FxRobot robot = new FxRobot();
        WaitForAsyncUtils.asyncFx(() -> {
            Application.setUserAgentStylesheet(ThemeSwitcher.stylesheet(dark));
            stage.setWidth(1440);
            stage.setHeight(900);
        }).get();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#rail-people").tryQuery().isPresent());
        Thread.sleep(1500);
        robot.clickOn("#rail-people");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#people-list").match(Node::isVisible)
                .tryQuery().isPresent() || robot.lookup("#people-empty").match(Node::isVisible).tryQuery().isPresent());
        if (!search.isEmpty()) {
            robot.clickOn("#people-search").write(search);
        }
        ListView<?> list = robot.lookup("#people-list").queryAs(ListView.class);
        if (row >= 0 && list.isVisible() && list.getItems().size() > row) {
            WaitForAsyncUtils.asyncFx(() -> list.getSelectionModel().select(row)).get();
        }
        Thread.sleep(2000);
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> stage.getScene().snapshot(null)).get();
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", new File(out));
        System.out.println("Saved " + out);
        System.exit(0);
    }
}
