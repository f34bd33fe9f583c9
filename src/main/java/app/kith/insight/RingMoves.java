package app.kith.insight;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Who moved between the rings: everyone whose ring as of T differs from their ring as of an earlier day, each
 * ring computed as of its own day from what was known on it (the two readings of the journal are the insight
 * model asked about the two days). Closer: from outside or a larger ring into a smaller one; drifting out: the
 * other way, out of the rings included. Both lists in name order.
 *
 * @param since the earlier day
 * @param asOf the later day, T
 */
public record RingMoves(LocalDate since, LocalDate asOf, List<RingMove> closer, List<RingMove> driftingOut) {

    /** The Rings show the moves of the last 90 days: about a quarter, the time a review cycle covers. */
    public static final int LOOKBACK_DAYS = 90;

    private static final Comparator<RingMove> BY_NAME = Comparator.comparing(RingMove::name, NameOrder.NAMES)
            .thenComparing(RingMove::id);
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    public RingMoves {
        closer = List.copyOf(closer);
        driftingOut = List.copyOf(driftingOut);
    }

    /** The day the moves are measured from: {@link #LOOKBACK_DAYS} before the day. */
    public static LocalDate sinceFor(LocalDate asOf) {
        return asOf.minusDays(LOOKBACK_DAYS);
    }

    /**
     * The moves between two readings of one journal.
     *
     * @param then the journal's insight as of the earlier day
     * @param now the same journal's insight as of the later day
     */
    public static RingMoves between(JournalInsight then, JournalInsight now) {
        List<RingMove> closer = new ArrayList<>();
        List<RingMove> out = new ArrayList<>();
        for (PersonInsight person : now.people()) {
            PersonInsight before = then.find(person.id()).orElse(null);
            if (person.person().archived() || before == null || before.placedRing() == person.placedRing()) {
                continue;
            }
            RingMove move = new RingMove(person, before.placedRing(), person.placedRing(), reason(before, person));
            (move.closer() ? closer : out).add(move);
        }
        closer.sort(BY_NAME);
        out.sort(BY_NAME);
        return new RingMoves(then.asOf(), now.asOf(), closer, out);
    }

    /**
     * "14 catch-ups or deeper talks in the year up to 2 Nov; was 5". When the rings' capacities placed them rather
     * than the count alone, that is said too, as a person's ring explains it: "9 … up to 2 Nov; was 10; would give
     * ring 15, but the rings inside are full", or with the same count, "8 … up to 2 Nov, as before; there is room
     * in ring 50 now".
     */
    static String reason(PersonInsight before, PersonInsight now) {
        int count = now.ring().meaningful();
        int was = before.ring().meaningful();
        LocalDate end = now.lastInteraction();
        StringBuilder reason = new StringBuilder(Phrases.capitalised(
                Phrases.count(count, Explainer.MEANINGFUL_TALK, Explainer.MEANINGFUL_TALKS)));
        if (end != null) {
            reason.append(" in the year up to ").append(day(end, now.asOf()));
        }
        reason.append(count != was ? "; was " + Phrases.number(was) : ", as before");
        boolean closer = RingMove.reach(now.placedRing()) < RingMove.reach(before.placedRing());
        if (now.ring().movedOut()) {
            reason.append("; would give ring ").append(now.ring().earned().size())
                    .append(", but the rings inside are full");
        } else if (closer && count == was) {
            reason.append("; there is room in ring ").append(now.placedRing().size()).append(" now");
        }
        return reason.toString();
    }

    /** "2 Nov" in T's year, "2 Nov 2025" in another. */
    private static String day(LocalDate date, LocalDate asOf) {
        return (date.getYear() == asOf.getYear() ? DAY_MONTH : DAY_MONTH_YEAR).format(date);
    }

    /** Everyone who moved, closer first. */
    public List<RingMove> all() {
        List<RingMove> all = new ArrayList<>(closer);
        all.addAll(driftingOut);
        return all;
    }

    /** The move of one person, or null when they stayed where they were. */
    public RingMove of(java.util.UUID person) {
        for (RingMove move : all()) {
            if (Objects.equals(move.id(), person)) {
                return move;
            }
        }
        return null;
    }
}
