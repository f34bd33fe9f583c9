package app.kith.cli;

import java.nio.file.Path;

/**
 * Opens Kith's window on a data folder. The command line knows nothing of JavaFX: the entry point
 * hands it a launcher, and tests hand it one that only notes the call.
 */
@FunctionalInterface
public interface WindowLauncher {

    /**
     * Shows the window and returns when it is closed.
     *
     * @param dataFolder the resolved, absolute data folder of the journal to open
     * @throws CommandFailure when no window can be shown (no display, or no UI in this build)
     */
    void open(Path dataFolder);
}
