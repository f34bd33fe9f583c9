package app.kith.ui.exchange;

import app.kith.ui.KithApp;
import app.kith.ui.shell.ThemeSwitcher;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Not a test: opens the real window on a copy of a journal, imports contact files through File › Import
 * contacts (the file dialog answered in advance) and saves a picture of the preview (or of the column
 * mapping step, for a CSV Kith does not know) as the screen shows it (ImageMagick's {@code import},
 * cropped to the dialog's window), for the README. Without files it pictures People › Find duplicates.
 * {@code DISPLAY=:97 java -cp … app.kith.ui.exchange.ContactImportScreenshots DIR OUT.png light|dark [FILE…]}
 */
public final class ContactImportScreenshots {

    private ContactImportScreenshots() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        String out = args[1];
        boolean dark = args[2].equals("dark");
        List<Path> files = Arrays.stream(args).skip(3).map(Path::of).toList();
        Stage stage = FxToolkit.registerPrimaryStage();
        PickedFiles answers = new PickedFiles();
        answers.contacts = files;
        KithApp app = (KithApp) FxToolkit.setupApplication(() -> new KithApp(Clock.systemDefaultZone(), data,
                KithApp.EXPLORE_SPEC, answers));
        FxRobot robot = new FxRobot();
        WaitForAsyncUtils.asyncFx(() -> {
            Application.setUserAgentStylesheet(ThemeSwitcher.stylesheet(dark));
            stage.setWidth(1280);
            stage.setHeight(820);
            stage.centerOnScreen();
        }).get();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#today").match(Node::isVisible)
                .tryQuery().isPresent());
        Thread.sleep(3000);
        List<String> shown = files.isEmpty() ? List.of(".kith-duplicate", "#duplicates-none")
                : List.of("#contacts-tabs", "#contacts-mapping");
        if (files.isEmpty()) {
            robot.clickOn("#rail-people");
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#people-find-duplicates")
                    .match(Node::isVisible).tryQuery().isPresent());
            robot.clickOn("#people-find-duplicates");
        } else {
            robot.clickOn("File").clickOn("Import contacts…");
        }
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> shown.stream().anyMatch(selector ->
                robot.lookup(selector).match(Node::isVisible).tryQuery().isPresent()));
        Thread.sleep(2000);
        WaitForAsyncUtils.waitForFxEvents();
        Window dialog = shown.stream().flatMap(selector -> robot.lookup(selector).match(Node::isVisible).tryQuery()
                .stream()).findFirst().orElseThrow().getScene().getWindow();
        capture(dialog, out);
        System.out.println("Saved " + out);
        // Closed as Kith closes, so that the journal is left without a lock.
        FxToolkit.cleanupApplication(app);
        app.closed().get(60, TimeUnit.SECONDS);
        System.exit(0);
    }

    /** The screen as it is, cropped to the dialog's window (its frame included). */
    private static void capture(Window window, String out) throws IOException, InterruptedException {
        String crop = String.format(Locale.ROOT, "%dx%d+%d+%d", Math.round(window.getWidth()),
                Math.round(window.getHeight()), Math.round(window.getX()), Math.round(window.getY()));
        Process shot = new ProcessBuilder("import", "-window", "root", "-crop", crop, "+repage", out).inheritIO()
                .start();
        if (shot.waitFor() != 0) {
            throw new IOException("import could not take the picture");
        }
    }
}
