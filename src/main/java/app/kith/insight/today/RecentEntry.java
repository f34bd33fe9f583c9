package app.kith.insight.today;

import app.kith.domain.Channel;
import app.kith.domain.Depth;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A conversation as Today's Recent card lists it.
 *
 * @param time null when not noted
 * @param people the names of everyone in it, in name order
 */
public record RecentEntry(UUID id, LocalDate date, LocalTime time, Channel channel, Depth depth,
                          List<String> people) {

    public RecentEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(depth, "depth");
        people = List.copyOf(people);
    }
}
