package app.kith.sample;

/**
 * The size and seed of a generated sample journal.
 *
 * @param years how far back the journal reaches from today
 * @param seed the same seed and size always give the same journal
 */
public record SampleSpec(int people, int interactions, int favours, int years, long seed) {

    /** A journal of the size a heavy real user keeps (the "M" journal). */
    public static final SampleSpec MEDIUM = new SampleSpec(1_000, 50_000, 5_000, 10, 42);

    public SampleSpec {
        if (people < 1) {
            throw new IllegalArgumentException("--people must be at least 1, not " + people);
        }
        if (interactions < 0 || favours < 0) {
            throw new IllegalArgumentException("--interactions and --favours cannot be negative");
        }
        if (years < 1 || years > 80) {
            throw new IllegalArgumentException("--years must be between 1 and 80, not " + years);
        }
    }
}
