package app.kith.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RelativeDaysTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private final RelativeDays days = new RelativeDays(Locale.UK);

    @ParameterizedTest(name = "{0} days from today: {1}")
    @CsvSource({
        "0, today",
        "-1, yesterday",
        "1, tomorrow",
        "-3, 3 days ago",
        "3, in 3 days",
        "-13, 13 days ago",
        "-14, 14 days ago",
        "20, in 20 days",
        "-59, 59 days ago",
        "-60, 23 Sept 2026",
        "60, 21 Jan 2027",
    })
    void nearDaysAreCountedFartherOnesAreDates(int offset, String words) {
        assertThat(days.of(TODAY.plusDays(offset), TODAY)).isEqualTo(words);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"0, Today", "-3, 3 days ago", "-1, Yesterday"})
    void standingAloneItStartsWithACapital(int offset, String words) {
        assertThat(days.standalone(TODAY.plusDays(offset), TODAY)).isEqualTo(words);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en-US | EEE, d",
        "en-GB | EEE, d",
        "de-DE | EEE, d.",
        "fr-FR | EEE d",
        "es-ES | EEE, d",
        "ja-JP | d日EEE",
    })
    void aDayUnderItsMonthsHeadingIsTheLocalesFullDateWithoutMonthAndYear(String tag, String pattern) {
        assertThat(RelativeDays.weekdayDayPattern(Locale.forLanguageTag(tag))).isEqualTo(pattern);
    }
}
