package app.kith.domain;

import java.time.LocalDate;
import java.util.UUID;

/** Something to do for or with a person by a date. */
public record FollowUp(UUID id, UUID person, LocalDate due, String text, boolean done) {

    public FollowUp {
        Checks.required(id, "id");
        Checks.required(person, "person");
        Checks.required(due, "due");
        text = Checks.requiredText(text, "text", 4000);
    }

    public static FollowUp create(UUID person, LocalDate due, String text) {
        return new FollowUp(UUID.randomUUID(), person, due, text, false);
    }

    /** Due on or before the given day and not done yet. */
    public boolean isDueBy(LocalDate day) {
        return !done && !due.isAfter(day);
    }
}
