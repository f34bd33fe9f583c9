package app.kith.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ThemeSwitcherTest {

    private final List<String> applied = new ArrayList<>();

    @Test
    void theRememberedChoiceIsAppliedAtOnce() {
        new ThemeSwitcher(ThemeChoice.DARK, false, applied::add);

        assertThat(applied).containsExactly(ThemeSwitcher.DARK.getUserAgentStylesheetBSS());
    }

    @Test
    void systemFollowsTheSystemUntilTheUserPicks() {
        ThemeSwitcher theme = new ThemeSwitcher(ThemeChoice.SYSTEM, false, applied::add);

        theme.systemDarkProperty().set(true);
        theme.choiceProperty().set(ThemeChoice.LIGHT);
        theme.systemDarkProperty().set(false);
        theme.systemDarkProperty().set(true);

        assertThat(applied).containsExactly(
                ThemeSwitcher.LIGHT.getUserAgentStylesheetBSS(),
                ThemeSwitcher.DARK.getUserAgentStylesheetBSS(),
                ThemeSwitcher.LIGHT.getUserAgentStylesheetBSS());
        assertThat(theme.dark().get()).isFalse();
    }

    @Test
    void choiceCodesSurviveTheFile() {
        for (ThemeChoice choice : ThemeChoice.values()) {
            assertThat(ThemeChoice.fromCode(choice.code())).isEqualTo(choice);
        }
        assertThat(ThemeChoice.fromCode(null)).isEqualTo(ThemeChoice.SYSTEM);
    }
}
