package app.kith.store;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the journal lives: {@code --data-dir} wins, then {@code KITH_HOME}, then the platform's
 * data folder (XDG data home on Linux, Application Support on macOS, %APPDATA% on Windows).
 */
public final class DataFolder {

    static final String APP_FOLDER = "Kith";
    static final String ENV_VARIABLE = "KITH_HOME";

    private DataFolder() {
    }

    /** Resolves the data folder for this process. */
    public static Path resolve(Path commandLineFolder) {
        return resolve(commandLineFolder, System.getenv(), System.getProperty("os.name", ""),
                Path.of(System.getProperty("user.home", ".")));
    }

    static Path resolve(Path commandLineFolder, Map<String, String> env, String osName, Path home) {
        if (commandLineFolder != null) {
            return commandLineFolder.toAbsolutePath().normalize();
        }
        String kithHome = env.get(ENV_VARIABLE);
        if (kithHome != null && !kithHome.isBlank()) {
            return Path.of(kithHome).toAbsolutePath().normalize();
        }
        return platformFolder(env, osName.toLowerCase(java.util.Locale.ROOT), home);
    }

    private static Path platformFolder(Map<String, String> env, String os, Path home) {
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = appData == null || appData.isBlank()
                    ? home.resolve("AppData").resolve("Roaming") : Path.of(appData);
            return base.resolve(APP_FOLDER);
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve(APP_FOLDER);
        }
        String xdg = env.get("XDG_DATA_HOME");
        // The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()
                ? Path.of(xdg) : home.resolve(".local").resolve("share");
        return base.resolve("kith");
    }
}
