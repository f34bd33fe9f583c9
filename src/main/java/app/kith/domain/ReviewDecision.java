package app.kith.domain;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What a review decided for one person.
 *
 * @param until the day a snooze ends (only for {@link ReviewAction#SNOOZED})
 * @param cadenceDays the new cadence (only for {@link ReviewAction#CADENCE}); null there means the person's own
 *                    cadence was cleared, so that Kith reads it from the ring and the rhythm again
 */
public record ReviewDecision(UUID person, ReviewAction action, LocalDate until, Integer cadenceDays) {

    public ReviewDecision {
        Checks.required(person, "person");
        Checks.required(action, "action");
        if (action == ReviewAction.SNOOZED && until == null) {
            throw new InvalidValueException("until", "a snooze needs the day it ends");
        }
        if (action == ReviewAction.CADENCE && cadenceDays != null
                && (cadenceDays < 1 || cadenceDays > Person.MAX_CADENCE_DAYS)) {
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

    /** Out of the review until the day (the person comes back on it). */
    public static ReviewDecision snoozed(UUID person, LocalDate until) {
        return new ReviewDecision(person, ReviewAction.SNOOZED, until, null);
    }

    /** The person's own cadence set to the days, or cleared when the days are null. */
    public static ReviewDecision cadence(UUID person, Integer days) {
        return new ReviewDecision(person, ReviewAction.CADENCE, null, days);
    }

    /** True for a cadence decision that took the person's own cadence away. */
    public boolean clearsCadence() {
        return action == ReviewAction.CADENCE && cadenceDays == null;
    }
}
