package app.kith.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HalfLifeTest {

    @ParameterizedTest(name = "H {0}, age {1}: {2}")
    @CsvSource({
        "90,    0, 1.0",
        "90,   90, 0.5",
        "90,  180, 0.25",
        "90,   30, 0.7937005259840998",   // 2^(-1/3): a missed monthly contact loses about a fifth
        "90,  365, 0.06013898980588408",  // 2^(-4.056): a silent year leaves about 6%
        "30,   30, 0.5",
        "30,   90, 0.125",                // 2^-3
        "365,  90, 0.842894899250724",    // 2^(-90/365)
        "365, 365, 0.5",
    })
    void decaysByHalfEveryHalfLife(int halfLife, int age, double left) {
        assertThat(new HalfLife(halfLife).decay(age)).isCloseTo(left, within(1e-12));
    }

    @ParameterizedTest
    @ValueSource(ints = {29, 366, 0, -90})
    void refusesAHalfLifeOutsideThirtyToAYear(int days) {
        assertThatThrownBy(() -> new HalfLife(days))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the half-life must be between 30 and 365 days, not " + days);
    }

    @Test
    void defaultsToNinetyDays() {
        assertThat(HalfLife.DEFAULT.days()).isEqualTo(90);
        assertThat(new HalfLife(30).days()).isEqualTo(30);
        assertThat(new HalfLife(365).days()).isEqualTo(365);
    }
}
