package app.kith.insight;

import java.util.Arrays;

/**
 * 2^(−age/H) for whole-day ages, each computed once and then read from an array: a walk over a
 * million entries spends its time adding, not in {@code Math.exp}. Not thread-safe.
 */
final class DecayTable {

    /** Ages beyond a century are computed each time: a table that long would cost more than it saves. */
    private static final int MAX_TABULATED_AGE = 36_525;

    /** Twenty years of days come to about 7,300; start at a season and double as needed. */
    private static final int FIRST_LENGTH = 128;

    private final int halfLifeDays;
    private double[] values = new double[0];

    DecayTable(int halfLifeDays) {
        this.halfLifeDays = halfLifeDays;
    }

    double at(int age) {
        if (age < values.length) {
            return values[age];
        }
        if (age > MAX_TABULATED_AGE) {
            return HalfLife.decay(age, halfLifeDays);
        }
        grow(age);
        return values[age];
    }

    private void grow(int age) {
        int from = values.length;
        int length = Math.min(MAX_TABULATED_AGE + 1, Math.max(age + 1, Math.max(FIRST_LENGTH, 2 * from)));
        values = Arrays.copyOf(values, length);
        for (int i = from; i < length; i++) {
            values[i] = HalfLife.decay(i, halfLifeDays);
        }
    }
}
