package app.kith.domain;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A favour that passed between me and one person.
 *
 * @param interaction the conversation it came up in, or null
 */
public record Favour(
        UUID id,
        LocalDate date,
        UUID person,
        FavourDirection direction,
        FavourSize size,
        FavourKind kind,
        String description,
        FavourStatus status,
        UUID interaction) {

    public Favour {
        Checks.required(id, "id");
        Checks.required(date, "date");
        Checks.required(person, "person");
        Checks.required(direction, "direction");
        Checks.required(size, "size");
        Checks.required(kind, "kind");
        Checks.required(status, "status");
        description = Checks.optionalText(description, "description", 4000);
    }

    /** A new favour with a fresh id. */
    public static Favour create(LocalDate date, UUID person, FavourDirection direction, FavourSize size,
                                FavourKind kind, String description, FavourStatus status, UUID interaction) {
        return new Favour(UUID.randomUUID(), date, person, direction, size, kind, description, status, interaction);
    }
}
