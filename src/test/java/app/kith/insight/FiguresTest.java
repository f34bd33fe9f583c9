package app.kith.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FiguresTest {

    private static final double EXACT = 1e-12;

    @ParameterizedTest(name = "Fg {0}, Fr {1}: Rf {2}")
    @CsvSource({
        "0,     0,  0.0",                    // no evidence: even
        "2,     0,  0.4",                    // 2 / (2 + 0 + 3)
        "0,    24, -0.8888888888888888",     // -24 / 27: three fresh large favours received
        "5,     5,  0.0",
        "3.125, 4, -0.08641975308641975",    // -0.875 / 10.125
        "100,   0,  0.970873786407767",      // 100 / 103: never quite 1
    })
    void favourBalanceIsPulledToZeroWithLittleEvidence(double given, double received, double balance) {
        assertThat(Figures.favourBalance(given, received)).isCloseTo(balance, within(EXACT));
    }

    @ParameterizedTest(name = "mine {0}, theirs {1}: Ri {2}")
    @CsvSource({
        "0,  0,  0.0",
        "5,  1,  0.5",                  // 4 / 8
        "0, 12, -0.8571428571428571",   // -12 / 14
        "3,  3,  0.0",
        "6,  0,  0.75",                 // 6 / 8
    })
    void initiativeCountsWhoStarted(int mine, int theirs, double initiative) {
        assertThat(Figures.initiative(mine, theirs)).isCloseTo(initiative, within(EXACT));
    }

    @ParameterizedTest(name = "Rf {0}, Ri {1}: B {2}")
    @CsvSource({
        "0.4,   0.5,  0.43",    // 0.28 + 0.15
        "-0.8,  0,   -0.56",
        "0,    -1,   -0.3",
    })
    void investmentWeighsFavoursOverInitiative(double balance, double initiative, double investment) {
        assertThat(Figures.investment(balance, initiative)).isCloseTo(investment, within(EXACT));
    }

    @Test
    void componentsSaturateFromZeroTowardsOne() {
        double oneMinusOneOverE = 0.6321205588285577;
        assertThat(Figures.time(0)).isZero();
        assertThat(Figures.time(5)).isCloseTo(oneMinusOneOverE, within(EXACT));            // 1 - e^(-5/5)
        assertThat(Figures.intimacy(4)).isCloseTo(oneMinusOneOverE, within(EXACT));        // 1 - e^(-4/4)
        assertThat(Figures.services(2.5, 2.5)).isCloseTo(oneMinusOneOverE, within(EXACT)); // Rf 0: no discount
        // one-way: (1 - e^-1) × (1 - 0.5 × 5/8) = 0.632121 × 0.6875
        assertThat(Figures.services(5, 0)).isCloseTo(0.4345828841946334, within(EXACT));
        assertThat(Figures.services(0, 0)).isZero();
    }

    @ParameterizedTest(name = "E {0}, S {1}, Fg {2}, Fr {3}: Depth {4}")
    @CsvSource({
        "0,      0, 0,     0,   0",
        "5,      4, 2.5,   2.5, 63",    // 100 × 0.632121 × (0.3 + 0.5 + 0.2) = 63.2
        "5,      0, 0,     0,   19",    // 30 × 0.632121 = 18.96
        "1000, 1000, 500, 500, 100",
        // 30 × 0.682571 + 50 × 0.713495 + 20 × 0.726674 = 20.477 + 35.675 + 14.533 = 70.685
        "5.7375, 5, 3.125, 4,   71",
    })
    void depthWeighsTimeIntimacyAndServices(double warmth, double substance, double given, double received,
                                            int depth) {
        assertThat(Figures.depthOf(warmth, substance, given, received)).isEqualTo(depth);
    }

    @Test
    void allFiguresComeTogether() {
        Figures figures = Figures.of(5.7375, 5, 3.125, 4, 1, 1);

        assertThat(figures.chatShare()).isCloseTo(0.8714596949891068, within(EXACT));  // 5 / 5.7375
        assertThat(figures.favourBalance()).isCloseTo(-0.08641975308641975, within(EXACT));
        assertThat(figures.initiative()).isZero();
        assertThat(figures.investment()).isCloseTo(-0.06049382716049382, within(EXACT));  // 0.7 × Rf
        assertThat(figures.time()).isCloseTo(0.6825706483825043, within(EXACT));
        assertThat(figures.intimacy()).isCloseTo(0.7134952031398099, within(EXACT));
        assertThat(figures.services()).isCloseTo(0.7266740012512777, within(EXACT));
        assertThat(figures.depth()).isEqualTo(71);
    }

    @Test
    void chatShareIsZeroWithoutWarmth() {
        assertThat(Figures.of(0, 0, 0, 0, 0, 0).chatShare()).isZero();
    }
}
