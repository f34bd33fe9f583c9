package app.kith.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SystemColorSchemeTest {

    /** Answers the commands it knows, fails the others, as a real system would. */
    private static SystemColorScheme system(String os, Map<String, String> answers) {
        return new SystemColorScheme(os, command -> Optional.ofNullable(answers.get(String.join(" ", command))));
    }

    @Test
    void gnomePreferringDarkIsDark() {
        SystemColorScheme gnome = system("Linux",
                Map.of("gsettings get org.gnome.desktop.interface color-scheme", "'prefer-dark'\n"));

        assertThat(gnome.prefersDark()).contains(true);
    }

    @Test
    void aDarkGtkThemeIsDarkWhenTheColourSchemeSaysNothing() {
        SystemColorScheme gnome = system("Linux", Map.of(
                "gsettings get org.gnome.desktop.interface color-scheme", "'default'\n",
                "gsettings get org.gnome.desktop.interface gtk-theme", "'Adwaita-dark'\n"));

        assertThat(gnome.prefersDark()).contains(true);
    }

    @Test
    void aLinuxWithoutGsettingsDoesNotSay() {
        assertThat(system("Linux", Map.of()).prefersDark()).isEmpty();
    }

    @Test
    void macOsIsDarkOnlyWhenTheStyleKeyExists() {
        assertThat(system("Mac OS X", Map.of("defaults read -g AppleInterfaceStyle", "Dark\n")).prefersDark())
                .contains(true);
        assertThat(system("Mac OS X", Map.of()).prefersDark()).contains(false);
    }

    @Test
    void windowsAppsUseLightThemeZeroMeansDark() {
        String key = "reg query HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize /v AppsUseLightTheme";

        assertThat(system("Windows 11", Map.of(key, "    AppsUseLightTheme    REG_DWORD    0x0\n")).prefersDark())
                .contains(true);
        assertThat(system("Windows 11", Map.of(key, "    AppsUseLightTheme    REG_DWORD    0x1\n")).prefersDark())
                .contains(false);
    }

    @Test
    void onLinuxOnlyTheDesktopSettingsAreAsked() {
        List<String> asked = new java.util.ArrayList<>();
        new SystemColorScheme("Linux", command -> {
            asked.add(command.get(0));
            return Optional.empty();
        }).prefersDark();

        assertThat(asked).containsOnly("gsettings");
    }
}
