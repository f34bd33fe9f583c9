package app.kith.insight;

import app.kith.domain.Ring;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Places people in Dunbar's rings (about 5 / 15 / 50 / 150 people, each met about weekly /
 * monthly / twice a year / yearly). A pinned ring wins; otherwise the count of meaningful
 * conversations in the 365 days up to the person's latest conversation decides, and then the
 * rings' cumulative capacities ({@link Ring#size()}) push the weakest unpinned people out, ring by
 * ring from the inside.
 */
final class Rings {

    /**
     * A year of contact decides the ring, measured up to the latest conversation rather than to
     * T: someone who has gone quiet keeps the ring they held, so that the review notices the silence.
     */
    static final int RING_YEAR_DAYS = 365;

    /** About every twelve days or more often: the innermost circle. */
    static final int FIVE_FROM = 30;

    /** About every six weeks or more often: good friends. */
    static final int FIFTEEN_FROM = 8;

    /** At least twice a year: friends. */
    static final int FIFTY_FROM = 2;

    /** Once in the year: an acquaintance one still keeps up with. */
    static final int ONE_FIFTY_FROM = 1;

    /**
     * Who moves out first when a ring is too full: the fewest meaningful conversations, then the
     * lower Depth, then name order, then id (so that two people of one name still have an order).
     */
    private static final Comparator<Candidate> MOVES_FIRST = Comparator.comparingInt(Candidate::meaningful)
            .thenComparingInt(Candidate::depth)
            .thenComparing(Candidate::name, NameOrder.NAMES)
            .thenComparing(Candidate::id);

    /** What the placement needs to know of a person who takes part in the rings. */
    record Candidate(UUID id, String name, Ring pinned, int meaningful, int depth) {
    }

    private Rings() {
    }

    /** The ring a count of meaningful conversations gives on its own, or null for outside. */
    static Ring earned(int meaningful) {
        if (meaningful >= FIVE_FROM) {
            return Ring.FIVE;
        }
        if (meaningful >= FIFTEEN_FROM) {
            return Ring.FIFTEEN;
        }
        if (meaningful >= FIFTY_FROM) {
            return Ring.FIFTY;
        }
        return meaningful >= ONE_FIFTY_FROM ? Ring.ONE_FIFTY : null;
    }

    /** Places every candidate; ids map to their placement. */
    static Map<UUID, RingPlacement> assign(List<Candidate> candidates) {
        Map<Ring, List<Candidate>> members = new EnumMap<>(Ring.class);
        for (Ring ring : Ring.values()) {
            members.put(ring, new ArrayList<>());
        }
        for (Candidate candidate : candidates) {
            Ring start = candidate.pinned() != null ? candidate.pinned() : earned(candidate.meaningful());
            if (start != null) {
                members.get(start).add(candidate);
            }
        }
        int inside = 0;
        for (Ring ring : Ring.values()) {
            List<Candidate> here = members.get(ring);
            int excess = inside + here.size() - ring.size();
            if (excess > 0) {
                List<Candidate> moving = overflow(here, excess);
                Ring next = next(ring);
                if (next != null) {
                    members.get(next).addAll(moving);
                }
            }
            inside += here.size();
        }
        Map<UUID, RingPlacement> placements = new HashMap<>();
        for (Candidate candidate : candidates) {
            placements.put(candidate.id(), new RingPlacement(null, earned(candidate.meaningful()),
                    candidate.pinned(), candidate.meaningful()));
        }
        members.forEach((ring, list) -> list.forEach(candidate -> placements.put(candidate.id(),
                new RingPlacement(ring, earned(candidate.meaningful()), candidate.pinned(), candidate.meaningful()))));
        return placements;
    }

    /** Takes up to {@code excess} unpinned people out of the ring's list, weakest first, and returns them. */
    private static List<Candidate> overflow(List<Candidate> here, int excess) {
        List<Candidate> unpinned = new ArrayList<>();
        List<Candidate> pinned = new ArrayList<>();
        for (Candidate candidate : here) {
            (candidate.pinned() == null ? unpinned : pinned).add(candidate);
        }
        unpinned.sort(MOVES_FIRST);
        int moving = Math.min(excess, unpinned.size());
        here.clear();
        here.addAll(pinned);
        here.addAll(unpinned.subList(moving, unpinned.size()));
        return unpinned.subList(0, moving);
    }

    /** The next ring out, or null past the outermost (the rings are declared from the inside out). */
    static Ring next(Ring ring) {
        Ring[] rings = Ring.values();
        return ring.ordinal() + 1 < rings.length ? rings[ring.ordinal() + 1] : null;
    }
}
