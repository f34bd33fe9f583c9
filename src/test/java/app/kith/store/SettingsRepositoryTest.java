package app.kith.store;

import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SettingsRepositoryTest extends JournalTest {

    @Test
    void aSettingIsEmptyUntilPutAndThenReplaced() {
        assertThat(journal.settings().get("ui.theme")).isEmpty();

        journal.settings().put("ui.theme", "dark");
        assertThat(journal.settings().get("ui.theme")).contains("dark");
        journal.settings().put("ui.theme", "light");
        assertThat(journal.settings().get("ui.theme")).contains("light");
    }

    @Test
    void settingsSurviveReopening() {
        journal.settings().put("ui.theme", "dark");
        journal.settings().setHalfLifeDays(120);

        reopen();

        assertThat(journal.settings().get("ui.theme")).contains("dark");
        assertThat(journal.settings().halfLifeDays()).isEqualTo(120);
    }

    @Test
    void aSettingWithoutANameOrWithTooLongAValueIsRefusedInWords() {
        assertThatThrownBy(() -> journal.settings().put(" ", "x"))
                .isInstanceOf(JournalException.class)
                .hasMessage("A setting needs a name of 1 to 100 characters.");
        assertThatThrownBy(() -> journal.settings().put("notes", "x".repeat(4001)))
                .hasMessage("The setting notes needs a value of at most 4000 characters.");
        assertThat(journal.settings().get("notes")).isEmpty();
    }

    @Test
    void theHalfLifeIsNinetyDaysUntilSetWithinThirtyToThreeHundredSixtyFive() {
        assertThat(journal.settings().halfLifeDays()).isEqualTo(90);

        journal.settings().setHalfLifeDays(30);
        assertThat(journal.settings().halfLifeDays()).isEqualTo(30);
        journal.settings().setHalfLifeDays(365);
        assertThat(journal.settings().halfLifeDays()).isEqualTo(365);
    }

    @Test
    void aHalfLifeOutsideTheRangeIsRefusedInWordsAndKeepsTheOldOne() {
        journal.settings().setHalfLifeDays(120);

        assertThatThrownBy(() -> journal.settings().setHalfLifeDays(29))
                .isInstanceOf(JournalException.class)
                .hasMessage("The half-life must be between 30 and 365 days, not 29.");
        assertThatThrownBy(() -> journal.settings().setHalfLifeDays(366))
                .hasMessage("The half-life must be between 30 and 365 days, not 366.");
        assertThat(journal.settings().halfLifeDays()).isEqualTo(120);
    }

    @Test
    void anUnusableStoredHalfLifeReadsAsTheDefault() {
        journal.settings().put(SettingsRepository.HALF_LIFE, "soon");
        assertThat(journal.settings().halfLifeDays()).isEqualTo(90);
        journal.settings().put(SettingsRepository.HALF_LIFE, "7");
        assertThat(journal.settings().halfLifeDays()).isEqualTo(90);
    }
}
