package app.kith.sample;

import java.util.UUID;

/**
 * Ids for the sample, derived from the seed rather than {@code UUID.randomUUID()}, so that the
 * same seed gives the same ids. They have the version-7 layout with a running number where the
 * time would be: ids are handed out in increasing order, so the database appends to its indexes
 * instead of inserting at random places, which makes writing a million rows several times faster.
 */
final class SampleIds {

    private static final long VERSION_7 = 0x7000L;
    private static final long VARIANT_MASK = 0x3FFF_FFFF_FFFF_FFFFL;
    private static final long VARIANT_BITS = 0x8000_0000_0000_0000L;

    private final Dice dice;
    private long sequence;

    SampleIds(Dice dice) {
        this.dice = dice;
        // A seed-dependent start keeps the ids of samples with different seeds apart.
        this.sequence = (dice.nextLong() >>> 24) & 0xFF_FFFF_0000L;
    }

    UUID next() {
        sequence++;
        long high = (sequence << 16) | VERSION_7 | (dice.nextLong() & 0x0FFFL);
        long low = (dice.nextLong() & VARIANT_MASK) | VARIANT_BITS;
        return new UUID(high, low);
    }
}
