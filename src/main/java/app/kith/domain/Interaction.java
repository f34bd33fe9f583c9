package app.kith.domain;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

/**
 * A conversation or meeting with one or more people.
 *
 * @param time the time of day, or null when not noted (it never affects a score)
 * @param initiatedBy who started it, or null when unknown
 * @param minutes how long it lasted, or null when unknown
 */
public record Interaction(
        UUID id,
        LocalDate date,
        LocalTime time,
        Channel channel,
        Depth depth,
        Initiator initiatedBy,
        Integer minutes,
        List<UUID> people,
        String notes) {

    /** Nothing is logged as lasting longer than a day. */
    public static final int MAX_MINUTES = 24 * 60;

    public Interaction {
        Checks.required(id, "id");
        Checks.required(date, "date");
        Checks.required(channel, "channel");
        Checks.required(depth, "depth");
        if (minutes != null && (minutes < 0 || minutes > MAX_MINUTES)) {
            throw new InvalidValueException("minutes",
                    "minutes must be between 0 and " + MAX_MINUTES + ", not " + minutes);
        }
        if (people == null || people.isEmpty()) {
            throw new InvalidValueException("people", "a conversation needs at least one person");
        }
        if (people.stream().anyMatch(java.util.Objects::isNull)) {
            throw new InvalidValueException("people", "a conversation cannot name a missing person");
        }
        people = List.copyOf(new LinkedHashSet<>(people));
        notes = Checks.optionalText(notes, "notes", 100_000);
    }

    /** A new interaction with a fresh id. */
    public static Interaction create(LocalDate date, Channel channel, Depth depth, Initiator initiatedBy,
                                     Integer minutes, List<UUID> people, String notes) {
        return new Interaction(UUID.randomUUID(), date, null, channel, depth, initiatedBy, minutes, people, notes);
    }
}
