package app.kith.store;

import app.kith.domain.Ring;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What the People list shows of a person, read without notes, photo or details.
 *
 * @param ring the ring the user pinned the person to, or null
 * @param lastInteraction the day of the latest conversation on or before today, or null when none
 */
public record PersonSummary(
        UUID id,
        String name,
        String nickname,
        String organization,
        List<String> emails,
        List<String> tags,
        boolean archived,
        boolean kin,
        Ring ring,
        LocalDate createdOn,
        LocalDate lastInteraction) {

    public PersonSummary {
        emails = List.copyOf(emails);
        tags = List.copyOf(tags);
    }
}
