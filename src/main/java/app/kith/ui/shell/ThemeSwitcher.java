package app.kith.ui.shell;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import atlantafx.base.theme.Theme;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableBooleanValue;

/**
 * Which of AtlantaFX's Primer themes is in force: the user's choice, or the system's when the
 * user has not chosen. Applies the theme's stylesheet whenever the outcome changes.
 */
public final class ThemeSwitcher {

    public static final Theme LIGHT = new PrimerLight();
    public static final Theme DARK = new PrimerDark();

    private final ObjectProperty<ThemeChoice> choice;
    private final BooleanProperty systemDark;
    private final BooleanBinding dark;

    /**
     * @param applyStylesheet sets the user-agent stylesheet; {@code Application::setUserAgentStylesheet}
     */
    public ThemeSwitcher(ThemeChoice initialChoice, boolean systemDarkAtStart, Consumer<String> applyStylesheet) {
        choice = new SimpleObjectProperty<>(initialChoice);
        systemDark = new SimpleBooleanProperty(systemDarkAtStart);
        dark = Bindings.createBooleanBinding(
                () -> choice.get() == ThemeChoice.DARK || choice.get() == ThemeChoice.SYSTEM && systemDark.get(),
                choice, systemDark);
        dark.addListener((observable, was, isDark) -> applyStylesheet.accept(stylesheet(isDark)));
        applyStylesheet.accept(stylesheet(dark.get()));
    }

    /** The user's pick; setting it switches the theme. */
    public ObjectProperty<ThemeChoice> choiceProperty() {
        return choice;
    }

    /** What the system prefers, as far as Kith could tell; followed while the choice is SYSTEM. */
    public BooleanProperty systemDarkProperty() {
        return systemDark;
    }

    /** True while the dark theme is in force. */
    public ObservableBooleanValue dark() {
        return dark;
    }

    /** The compiled (binary) stylesheet, which loads faster than the CSS at start-up. */
    public static String stylesheet(boolean dark) {
        return (dark ? DARK : LIGHT).getUserAgentStylesheetBSS();
    }
}
