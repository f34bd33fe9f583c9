package app.kith.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Where Depth is heading, in arrows and in words, and the months it names. */
class DepthDirectionTest {

    private static final LocalDate T = LocalDate.of(2026, 11, 22);   // T − 180 is 2026-05-26

    @ParameterizedTest(name = "{0} then, {1} now: {2} / {3} / {4}")
    @CsvSource(delimiter = '|', value = {
        "58 | 31 | \u2193 27 since May | Depth down 27 since May | falling",
        "40 | 45 | \u2191 5 since May | Depth up 5 since May | rising",
        "40 | 36 | \u2193 4 since May | Depth down 4 since May | steady",       // a small move is not coloured
        "72 | 72 | no change since May | Depth unchanged since May | steady",
    })
    void theChangeIsDrawnWithAnArrowAndSaidInWords(int before, int now, String text, String spoken, String code) {
        DepthDirection direction = new DepthDirection(before, now, T);

        assertThat(direction.text()).isEqualTo(text);
        assertThat(direction.spoken()).isEqualTo(spoken);
        assertThat(direction.code()).isEqualTo(code);
        assertThat(direction.worthSaying()).isTrue();
    }

    @Test
    void nobodyThenAndNowHasNoDirectionToTell() {
        assertThat(new DepthDirection(0, 0, T).worthSaying()).isFalse();
        assertThat(new DepthDirection(0, 3, T).worthSaying()).isTrue();
    }

    @Test
    void earlyInTheYearTheMonthOfHalfAYearAgoIsLastYears() {
        // 2027-03-01 − 180 days is 2026-09-02.
        assertThat(new DepthDirection(50, 30, LocalDate.of(2027, 3, 1)).text())
                .isEqualTo("\u2193 20 since September last year");
    }

    @ParameterizedTest(name = "{0} to {1} as of {2}: {3}")
    @CsvSource(delimiter = '|', value = {
        "2025-11-28 | 2026-05-26 | 2026-11-22 | from November last year to May",
        "2026-06-05 | 2026-12-01 | 2027-05-31 | from June to December last year",
        "2026-01-05 | 2026-07-03 | 2026-12-30 | from January to July",
        "2024-12-20 | 2025-06-18 | 2026-12-15 | from December 2024 to June last year",
    })
    void monthsAreNamedAsSeenFromT(LocalDate first, LocalDate last, LocalDate asOf, String words) {
        assertThat(Phrases.months(first, last, asOf)).isEqualTo(words);
    }
}
