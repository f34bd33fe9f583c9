package app.kith.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Reads the window's options from the application's parameters. */
final class LaunchOptions {

    static final String DATA_DIR = "data-dir";

    private LaunchOptions() {
    }

    /**
     * The data folder asked for with {@code --data-dir=DIR} (or {@code --data-dir DIR}), or null.
     */
    static Path dataFolder(Map<String, String> named, List<String> raw) {
        String value = named.get(DATA_DIR);
        if (value == null) {
            int at = raw.indexOf("--" + DATA_DIR);
            value = at >= 0 && at + 1 < raw.size() ? raw.get(at + 1) : null;
        }
        return value == null || value.isBlank() ? null : Path.of(value);
    }
}
