package app.kith.ui.shell;

/**
 * What the window remembers between runs.
 *
 * @param systemDark what the system preferred last time, so the first frame is already right
 * @param bounds the window's normal (not maximised) bounds, or null before the first run
 */
public record WindowPreferences(ThemeChoice theme, boolean systemDark, WindowBounds bounds, boolean maximized) {

    /** A first run: follow the system, let Kith place the window. */
    public static final WindowPreferences FIRST_RUN = new WindowPreferences(ThemeChoice.SYSTEM, false, null, false);

    public WindowPreferences {
        theme = theme == null ? ThemeChoice.SYSTEM : theme;
    }

    public WindowPreferences withTheme(ThemeChoice choice) {
        return new WindowPreferences(choice, systemDark, bounds, maximized);
    }

    public WindowPreferences withSystemDark(boolean dark) {
        return new WindowPreferences(theme, dark, bounds, maximized);
    }

    public WindowPreferences withWindow(WindowBounds normalBounds, boolean isMaximized) {
        return new WindowPreferences(theme, systemDark, normalBounds, isMaximized);
    }
}
