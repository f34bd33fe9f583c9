package app.kith.domain;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What a review decided for one person.
 *
 * @param until the day a snooze ends (only for {@link ReviewAction#SNOOZED})
 * @param cadenceDays the new cadence (only for {@link ReviewAction#CADENCE})
 */
public record ReviewDecision(UUID person, ReviewAction action, LocalDate until, Integer cadenceDays) {

    public ReviewDecision {
        Checks.required(person, "person");
        Checks.required(action, "action");
        if (action == ReviewAction.SNOOZED && until == null) {
            throw new InvalidValueException("until", "a snooze needs the day it ends");
        }
        if (action == ReviewAction.CADENCE
                && (cadenceDays == null || cadenceDays < 1 || cadenceDays > Person.MAX_CADENCE_DAYS)) {
            throw new InvalidValueException("cadenceDays",
                    "a cadence is between 1 and " + Person.MAX_CADENCE_DAYS + " days");
        }
        if (action != ReviewAction.SNOOZED) {
            until = null;
        }
        if (action != ReviewAction.CADENCE) {
            cadenceDays = null;
        }
    }

    public static ReviewDecision of(UUID person, ReviewAction action) {
        return new ReviewDecision(person, action, null, null);
    }
}
