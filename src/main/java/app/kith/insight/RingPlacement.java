package app.kith.insight;

import app.kith.domain.Ring;

/**
 * Where a person stands among Dunbar's rings, and why.
 *
 * @param ring the ring they are placed in, or null for outside the rings
 * @param earned the ring their meaningful conversations alone would give, or null (always for the
 *     archived, who take no part in the rings)
 * @param pinned the ring the user pinned them to, or null
 * @param meaningful meaningful conversations in the 365 days up to their latest conversation
 */
public record RingPlacement(Ring ring, Ring earned, Ring pinned, int meaningful) {

    /** Placed further out than earned because the rings inside were full. */
    public boolean movedOut() {
        return pinned == null && earned != null && (ring == null || ring.size() > earned.size());
    }
}
