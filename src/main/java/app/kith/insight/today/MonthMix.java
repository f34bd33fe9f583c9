package app.kith.insight.today;

import app.kith.domain.Depth;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * How many conversations of each depth were dated in one calendar month: the chit/chat mix of that month. A
 * conversation with several people counts once.
 */
public record MonthMix(YearMonth month, Map<Depth, Integer> counts) {

    public MonthMix {
        Objects.requireNonNull(month, "month");
        EnumMap<Depth, Integer> all = new EnumMap<>(Depth.class);
        for (Depth depth : Depth.values()) {
            int count = counts.getOrDefault(depth, 0);
            if (count < 0) {
                throw new IllegalArgumentException("a month cannot hold " + count + " conversations");
            }
            all.put(depth, count);
        }
        counts = Map.copyOf(all);
    }

    /** A month without conversations. */
    public static MonthMix none(YearMonth month) {
        return new MonthMix(month, Map.of());
    }

    public int count(Depth depth) {
        return counts.get(depth);
    }

    /** Every conversation of the month, whatever its depth. */
    public int total() {
        int total = 0;
        for (int count : counts.values()) {
            total += count;
        }
        return total;
    }

    /** Personal and deep conversations: the chat of the month. */
    public int substantial() {
        return count(Depth.PERSONAL) + count(Depth.DEEP);
    }
}
