package app.kith.ui.shell;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Asks the operating system whether it prefers dark windows. JavaFX 21 has no API for that, so
 * this asks the desktop's own settings tool; it is slow-ish (a process), so call it off the FX
 * thread. Nothing is written and nothing leaves the computer.
 */
public final class SystemColorScheme {

    private static final long TIMEOUT_SECONDS = 3;

    private final String osName;
    private final Function<List<String>, Optional<String>> command;

    /** Reads the real system's setting. */
    public SystemColorScheme() {
        this(System.getProperty("os.name", ""), SystemColorScheme::run);
    }

    /**
     * @param command runs a command line and answers its output, or empty when it failed
     */
    SystemColorScheme(String osName, Function<List<String>, Optional<String>> command) {
        this.osName = osName.toLowerCase(Locale.ROOT);
        this.command = command;
    }

    /** True for dark, false for light, empty when the system does not say. */
    public Optional<Boolean> prefersDark() {
        if (osName.startsWith("mac")) {
            // The key exists only in dark mode; the command fails in light mode.
            return Optional.of(command.apply(List.of("defaults", "read", "-g", "AppleInterfaceStyle"))
                    .map(out -> out.strip().equalsIgnoreCase("dark"))
                    .orElse(false));
        }
        if (osName.startsWith("windows")) {
            return command.apply(List.of("reg", "query",
                            "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize",
                            "/v", "AppsUseLightTheme"))
                    .flatMap(SystemColorScheme::windowsAnswer);
        }
        return command.apply(List.of("gsettings", "get", "org.gnome.desktop.interface", "color-scheme"))
                .flatMap(SystemColorScheme::gnomeAnswer)
                .or(() -> command.apply(List.of("gsettings", "get", "org.gnome.desktop.interface", "gtk-theme"))
                        .map(out -> out.toLowerCase(Locale.ROOT).contains("dark")));
    }

    static Optional<Boolean> gnomeAnswer(String output) {
        String value = output.strip().replace("'", "");
        return switch (value) {
            case "prefer-dark" -> Optional.of(true);
            case "prefer-light" -> Optional.of(false);
            // "default" says nothing: the GTK theme's name may still tell.
            default -> Optional.empty();
        };
    }

    static Optional<Boolean> windowsAnswer(String output) {
        if (output.contains("0x0")) {
            return Optional.of(true);
        }
        if (output.contains("0x1")) {
            return Optional.of(false);
        }
        return Optional.empty();
    }

    private static Optional<String> run(List<String> commandLine) {
        try {
            Process process = new ProcessBuilder(commandLine).redirectErrorStream(true).start();
            process.getOutputStream().close();
            // The answers are a few bytes, far below a pipe's buffer: waiting first cannot block.
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return Optional.empty();
            }
            try (InputStream in = process.getInputStream()) {
                String output = new String(in.readNBytes(4096), StandardCharsets.UTF_8);
                return process.exitValue() == 0 ? Optional.of(output) : Optional.empty();
            }
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
