package app.kith.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DaysAgoTest {

    @ParameterizedTest(name = "{0} days: {1}")
    @CsvSource({
        "0, 0 days",
        "1, 1 day",
        "13, 13 days",
        "71, 71 days",
        "99, 99 days",
        "100, 3 months",
        "425, 14 months",
        "730, 24 months",
        "731, 2 years",
        "1095, 2 years",
        "1096, 3 years",
    })
    void daysThenMonthsThenYears(long days, String words) {
        assertThat(DaysAgo.span(days)).isEqualTo(words);
    }

    @ParameterizedTest(name = "{0} days ago: {1}")
    @CsvSource({"0, today", "1, yesterday", "2, 2 days ago", "40, 40 days ago", "425, 14 months ago"})
    void agesInThePast(long days, String words) {
        assertThat(DaysAgo.ago(days)).isEqualTo(words);
    }

    @ParameterizedTest(name = "{0} days from today: {1}")
    @CsvSource({"0, today", "-1, yesterday", "1, tomorrow", "-3, 3 days ago", "3, in 3 days", "28, in 28 days",
        "-100, 3 months ago", "100, in 3 months"})
    void daysEitherSideOfToday(long offset, String words) {
        assertThat(DaysAgo.relative(offset)).isEqualTo(words);
    }
}
