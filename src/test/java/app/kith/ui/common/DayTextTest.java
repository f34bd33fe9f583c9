package app.kith.ui.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The date fields show and read a day in the user's locale. */
class DayTextTest {

    private static final LocalDate FIFTH_OF_DECEMBER = LocalDate.of(2026, 12, 5);

    @ParameterizedTest
    @CsvSource({"en-US, 12/5/2026, 12/5/26", "en-GB, 05/12/2026, 05/12/26", "de-DE, 05.12.2026, 05.12.26"})
    void aDayIsShownAndTypedInTheLocalesOrder(String tag, String shown, String shortYear) {
        DayText text = new DayText(Locale.forLanguageTag(tag));

        assertThat(text.toString(FIFTH_OF_DECEMBER)).isEqualTo(shown);
        assertThat(text.fromString(shown)).isEqualTo(FIFTH_OF_DECEMBER);
        assertThat(text.fromString(" " + shortYear + " ")).isEqualTo(FIFTH_OF_DECEMBER);
        assertThat(text.fromString("2026-12-05")).as("an ISO date in any locale").isEqualTo(FIFTH_OF_DECEMBER);
    }

    @Test
    void theSameDigitsMeanDifferentDaysInTheUsAndBritain() {
        assertThat(new DayText(Locale.US).fromString("3/4/2026")).isEqualTo(LocalDate.of(2026, 3, 4));
        assertThat(new DayText(Locale.UK).fromString("03/04/2026")).isEqualTo(LocalDate.of(2026, 4, 3));
    }

    @Test
    void anEmptyFieldIsNoDayAndNonsenseIsRefused() {
        DayText text = new DayText(Locale.GERMANY);

        assertThat(text.fromString("  ")).isNull();
        assertThat(text.toString(null)).isEmpty();
        assertThatThrownBy(() -> text.fromString("next Tuesday")).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> text.fromString("31.02.2026")).isInstanceOf(DateTimeParseException.class);
    }
}
