package app.kith.sample;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The generator's only source of chance: seeded, so that the same seed always tells the same
 * story. Each part of the story rolls its own dice (see {@link #split()}), so that a change in
 * one part does not reshuffle the others.
 */
final class Dice {

    private final SplittableRandom random;

    Dice(long seed) {
        this(new SplittableRandom(seed));
    }

    private Dice(SplittableRandom random) {
        this.random = random;
    }

    /** Independent dice for another part of the story. */
    Dice split() {
        return new Dice(random.split());
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    /** A whole number from {@code low} to {@code high}, both included. */
    int between(int low, int high) {
        return low >= high ? low : random.nextInt(low, high + 1);
    }

    /** A fraction in [0, 1). */
    double fraction() {
        return random.nextDouble();
    }

    long nextLong() {
        return random.nextLong();
    }

    <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    <T> T pick(T[] options) {
        return options[random.nextInt(options.length)];
    }

    /** Index i with probability weights[i] / sum(weights). */
    int weighted(int[] weights) {
        int total = 0;
        for (int weight : weights) {
            total += weight;
        }
        int roll = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            roll -= weights[i];
            if (roll < 0) {
                return i;
            }
        }
        throw new IllegalStateException("weights must not all be zero");
    }

    /** A day from {@code from} to {@code to}, both included. */
    LocalDate dayBetween(LocalDate from, LocalDate to) {
        long span = to.toEpochDay() - from.toEpochDay();
        return span <= 0 ? from : from.plusDays(random.nextLong(span + 1));
    }
}
