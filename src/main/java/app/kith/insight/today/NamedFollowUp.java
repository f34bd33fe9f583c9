package app.kith.insight.today;

import app.kith.domain.FollowUp;
import java.util.Objects;

/** A follow-up with the name of the person it is for, as lists and the calendar show it. */
public record NamedFollowUp(FollowUp followUp, String person) {

    public NamedFollowUp {
        Objects.requireNonNull(followUp, "followUp");
        Objects.requireNonNull(person, "person");
    }
}
