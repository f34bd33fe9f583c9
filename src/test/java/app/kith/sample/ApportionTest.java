package app.kith.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ApportionTest {

    @Test
    void sharesAddUpExactlyAndFollowTheWeights() {
        int[] shares = Apportion.split(100, new double[] {1, 1, 1});

        assertThat(Arrays.stream(shares).sum()).isEqualTo(100);
        assertThat(shares).containsExactly(34, 33, 33);
    }

    @Test
    void aZeroWeightGetsNothing() {
        assertThat(Apportion.split(7, new double[] {0, 2, 5})).containsExactly(0, 2, 5);
        assertThat(Apportion.split(3, new double[] {0, 0.5, 0.5})).containsExactly(0, 2, 1);
    }

    @Test
    void manySmallWeightsStillAddUp() {
        double[] weights = new double[10_000];
        Arrays.fill(weights, 0.37);
        weights[17] = 250;

        int[] shares = Apportion.split(1_000_003, weights);

        assertThat(Arrays.stream(shares).sum()).isEqualTo(1_000_003);
        assertThat(shares[17]).isGreaterThan(shares[18] * 100);
    }

    @Test
    void somethingCannotBeSplitAmongNoWeights() {
        assertThat(Apportion.split(0, new double[] {0, 0})).containsExactly(0, 0);
        assertThatThrownBy(() -> Apportion.split(5, new double[] {0, 0})).isInstanceOf(IllegalArgumentException.class);
    }
}
