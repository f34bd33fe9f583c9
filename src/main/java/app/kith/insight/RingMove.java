package app.kith.insight;

import app.kith.domain.Ring;
import java.util.UUID;

/**
 * A person whose ring as of a day differs from their ring some time before (see {@link RingMoves}).
 *
 * @param now the person's insight as of the later day
 * @param from the ring they were placed in on the earlier day, or null for outside the rings
 * @param to the ring they are placed in now, or null for outside the rings
 * @param reason why, in words built from the counts that placed them, e.g. "14 catch-ups or deeper talks in
 *     the year up to 2 Nov; was 5"
 */
public record RingMove(PersonInsight now, Ring from, Ring to, String reason) {

    public UUID id() {
        return now.id();
    }

    public String name() {
        return now.person().name();
    }

    /** From outside or a larger ring into a smaller one. */
    public boolean closer() {
        return reach(to) < reach(from);
    }

    /** How far out a ring lies: its size, with outside beyond every ring. */
    static int reach(Ring ring) {
        return ring == null ? Integer.MAX_VALUE : ring.size();
    }
}
