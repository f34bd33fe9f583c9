package app.kith.ui.shell;

import app.kith.store.JournalFiles;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The window's preferences in a small properties file inside the data folder (never
 * java.util.prefs, which writes outside it). A missing or unreadable file means a first run;
 * a file that cannot be written is logged and otherwise ignored: a forgotten window size
 * is not worth interrupting anyone for.
 */
public final class PreferencesFile {

    /** The file's name inside the data folder. */
    public static final String FILE_NAME = "window.properties";

    private static final Logger LOG = LoggerFactory.getLogger(PreferencesFile.class);

    private final Path file;

    public PreferencesFile(Path dataFolder) {
        this.file = dataFolder.resolve(FILE_NAME);
    }

    public Path file() {
        return file;
    }

    /** Reads the preferences; call it off the FX thread (Application.init does). */
    public WindowPreferences load() {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (NoSuchFileException e) {
            return WindowPreferences.FIRST_RUN;
        } catch (IOException | IllegalArgumentException e) {
            LOG.warn("Kith could not read {}; it starts with the usual window instead: {}", file, e.getMessage());
            return WindowPreferences.FIRST_RUN;
        }
        return new WindowPreferences(
                ThemeChoice.fromCode(properties.getProperty("theme")),
                Boolean.parseBoolean(properties.getProperty("system.dark")),
                bounds(properties),
                Boolean.parseBoolean(properties.getProperty("window.maximized")));
    }

    /** Writes the preferences, replacing the file in one step; call it off the FX thread. */
    public synchronized void save(WindowPreferences preferences) {
        Properties properties = new Properties();
        properties.setProperty("theme", preferences.theme().code());
        properties.setProperty("system.dark", Boolean.toString(preferences.systemDark()));
        properties.setProperty("window.maximized", Boolean.toString(preferences.maximized()));
        WindowBounds bounds = preferences.bounds();
        if (bounds != null) {
            properties.setProperty("window.x", Double.toString(bounds.x()));
            properties.setProperty("window.y", Double.toString(bounds.y()));
            properties.setProperty("window.width", Double.toString(bounds.width()));
            properties.setProperty("window.height", Double.toString(bounds.height()));
        }
        try {
            JournalFiles.createPrivateFolder(file.getParent());
            Path temporary = file.resolveSibling(FILE_NAME + ".tmp");
            try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                properties.store(writer, "Kith window preferences");
            }
            JournalFiles.ownerOnly(temporary);
            move(temporary);
        } catch (IOException e) {
            LOG.warn("Kith could not remember the window in {}: {}", file, e.getMessage());
        }
    }

    private void move(Path temporary) throws IOException {
        try {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static WindowBounds bounds(Properties properties) {
        double x = number(properties, "window.x");
        double y = number(properties, "window.y");
        double width = number(properties, "window.width");
        double height = number(properties, "window.height");
        boolean usable = Double.isFinite(x) && Double.isFinite(y) && Double.isFinite(width) && Double.isFinite(height)
                && width > 0 && height > 0;
        return usable ? new WindowBounds(x, y, width, height) : null;
    }

    /** The number under the key, or NaN when it is missing or not a number. */
    private static double number(Properties properties, String key) {
        String text = properties.getProperty(key);
        if (text == null) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
