package app.kith.ui;

import app.kith.sample.SampleSpec;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Starts and stops the real window for a test, and waits for what a person would wait for. */
class WindowTestSupport {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);
    /** A sample small enough for a test to write in moments. */
    static final SampleSpec TINY_SAMPLE = new SampleSpec(12, 60, 8, 2, 7);
    /** How long a test waits for background work before it gives up; never a measured figure. */
    static final long PATIENCE_SECONDS = 60;

    final FxRobot robot = new FxRobot();
    private KithApp app;

    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    KithApp start(Path dataFolder) throws Exception {
        app = (KithApp) FxToolkit.setupApplication(() -> new KithApp(CLOCK, dataFolder, TINY_SAMPLE));
        return app;
    }

    /** Starts the window on another day than {@link #CLOCK}'s. */
    KithApp start(Path dataFolder, Clock clock) throws Exception {
        app = (KithApp) FxToolkit.setupApplication(() -> new KithApp(clock, dataFolder, TINY_SAMPLE));
        return app;
    }

    /** Starts the window with a file picker that answers for the person. */
    KithApp start(Path dataFolder, app.kith.ui.exchange.FilePicker files) throws Exception {
        app = (KithApp) FxToolkit.setupApplication(() -> new KithApp(CLOCK, dataFolder, TINY_SAMPLE, files));
        return app;
    }

    /** The window's stage (TestFX keeps one primary stage for every start). */
    Stage stage() {
        return (Stage) robot.lookup("#main-window").query().getScene().getWindow();
    }

    /** Closes the window as Kith would at exit, and waits until the journal is closed. */
    void stop() throws Exception {
        if (app == null) {
            return;
        }
        FxToolkit.cleanupApplication(app);
        app.closed().get(PATIENCE_SECONDS, TimeUnit.SECONDS);
        FxToolkit.cleanupStages();
        app = null;
    }

    /** Waits until a visible node matches the selector, and returns it. */
    <T extends Node> T waitFor(String selector) throws Exception {
        WaitForAsyncUtils.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS, () -> visible(selector).isPresent());
        // Seen from the test's thread the node can show before the FX thread has finished the pulse that placed
        // it; a click into that pulse has met a node without its scene. Let the pulse end first.
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        T node = (T) visible(selector).orElseThrow();
        return node;
    }

    /** Waits until one of the selectors matches a visible node, and returns that selector. */
    String waitForEither(String first, String second) throws Exception {
        WaitForAsyncUtils.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS,
                () -> visible(first).isPresent() || visible(second).isPresent());
        return visible(first).isPresent() ? first : second;
    }

    /** The text of a visible labelled node, or "" when there is none. */
    String textOf(String selector) {
        return visible(selector).map(node -> ((Labeled) node).getText()).orElse("");
    }

    /** Waits until the labelled node's text passes the check. */
    void waitForText(String selector, Predicate<String> check) throws Exception {
        WaitForAsyncUtils.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS, () -> visible(selector)
                .map(node -> check.test(((Labeled) node).getText()))
                .orElse(false));
    }

    boolean isShown(String selector) {
        WaitForAsyncUtils.waitForFxEvents();
        return visible(selector).isPresent();
    }

    private Optional<Node> visible(String selector) {
        return robot.lookup(selector).match(Node::isVisible).tryQuery()
                .filter(node -> node.getScene() != null && node.getScene().getWindow() != null
                        && node.getScene().getWindow().isShowing());
    }
}
