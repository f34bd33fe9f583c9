package app.kith.ui.shell;

import java.util.Locale;

/** The theme the user picked; {@link #SYSTEM} follows the computer's light or dark setting. */
public enum ThemeChoice {
    SYSTEM("System"),
    LIGHT("Light"),
    DARK("Dark");

    private final String label;

    ThemeChoice(String label) {
        this.label = label;
    }

    /** The word in the View menu. */
    public String label() {
        return label;
    }

    /** The word in the preferences file. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The choice for a word from the preferences file; an unknown word means {@link #SYSTEM}. */
    public static ThemeChoice fromCode(String code) {
        for (ThemeChoice choice : values()) {
            if (choice.code().equals(code)) {
                return choice;
            }
        }
        return SYSTEM;
    }
}
