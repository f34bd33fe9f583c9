package app.kith.sample;

import java.util.Arrays;
import java.util.Comparator;

/** Splits a whole number into whole shares that add up to it exactly (largest remainders). */
final class Apportion {

    private Apportion() {
    }

    /**
     * @param total what to split
     * @param weights how much each share should get relative to the others (at least one
     *     positive when total &gt; 0)
     * @return shares proportional to the weights, summing to {@code total}; of two equal
     *     remainders the earlier share gets the extra one
     */
    static int[] split(int total, double[] weights) {
        int[] shares = new int[weights.length];
        if (total == 0) {
            return shares;
        }
        double sum = Arrays.stream(weights).sum();
        if (!(sum > 0)) {
            throw new IllegalArgumentException("cannot split " + total + " without a positive weight");
        }
        double[] remainders = new double[weights.length];
        long given = 0;
        for (int i = 0; i < weights.length; i++) {
            double exact = total * (weights[i] / sum);
            shares[i] = (int) Math.floor(exact);
            remainders[i] = exact - shares[i];
            given += shares[i];
        }
        Integer[] byRemainder = new Integer[weights.length];
        Arrays.setAll(byRemainder, i -> i);
        // Stable sort: equal remainders keep index order.
        Arrays.sort(byRemainder, Comparator.comparingDouble((Integer i) -> remainders[i]).reversed());
        for (int k = 0; given < total; k = (k + 1) % byRemainder.length) {
            if (weights[byRemainder[k]] > 0) {
                shares[byRemainder[k]]++;
                given++;
            }
        }
        // Rounding can, in theory, overshoot by one: take it back from the largest share.
        while (given > total) {
            int largest = 0;
            for (int i = 1; i < shares.length; i++) {
                largest = shares[i] > shares[largest] ? i : largest;
            }
            shares[largest]--;
            given--;
        }
        return shares;
    }
}
