package app.kith.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A "who haven't I talked to?" session and what it decided, in the order it was decided. */
public record Review(UUID id, LocalDate date, List<ReviewDecision> decisions) {

    public Review {
        Checks.required(id, "id");
        Checks.required(date, "date");
        decisions = Checks.list(decisions);
    }
}
