package app.kith;

import app.kith.cli.CommandFailure;
import app.kith.common.ErrorText;
import app.kith.cli.KithCli;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import javafx.application.Application;

/**
 * Kith's entry point and the command line's composition root: no sub-command opens the window;
 * a sub-command runs on the command line. Kith itself is not an Application, so that the same
 * jar starts from the class path and the command line never loads JavaFX.
 */
public final class Kith {

    /** The JavaFX application class; looked up by name so that the command line does not depend on the UI. */
    static final String WINDOW_CLASS = "app.kith.ui.KithApp";

    /**
     * How the window learns its data folder: one named application parameter,
     * {@code --data-dir=/absolute/folder}, already resolved from --data-dir, KITH_HOME or the platform.
     */
    public static final String DATA_DIR_PARAMETER = "--data-dir=";

    /**
     * Started from the class path (java -jar), JavaFX warns about an "unsupported configuration"
     * that works as intended; a person opening Kith should not be shown that line. Held in a field
     * because java.util.logging forgets the level of a logger nobody references.
     */
    private static final java.util.logging.Logger JAVAFX_STARTUP_LOG =
            java.util.logging.Logger.getLogger("javafx");

    private Kith() {
    }

    public static void main(String[] args) {
        // Before any jOOQ class loads: no banner and no "tip of the day" on the console.
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        int exitCode = new KithCli(Clock.systemDefaultZone(), Kith::openWindow).run(args, out, err);
        System.exit(exitCode);
    }

    /** Launches the JavaFX application on the data folder and returns when its window is closed. */
    private static void openWindow(Path dataFolder) {
        Class<? extends Application> window;
        try {
            window = Class.forName(WINDOW_CLASS).asSubclass(Application.class);
        } catch (ClassNotFoundException | ClassCastException e) {
            throw new CommandFailure("This build of Kith has no window; the command line works: kith --help.", e);
        }
        JAVAFX_STARTUP_LOG.setLevel(java.util.logging.Level.SEVERE);
        try {
            Application.launch(window, DATA_DIR_PARAMETER + dataFolder);
        } catch (RuntimeException e) {
            throw new CommandFailure("Kith could not open its window (" + ErrorText.rootReason(e)
                    + "); the command line works without one: kith --help.", e);
        }
    }
}
