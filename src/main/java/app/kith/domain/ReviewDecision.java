package app.kith.domain;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;

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

    /**
     * The decision in words, the same on the command line and in the window: "logged", "snoozed until 22 Dec 2026",
     * "cadence every 30 days", "cadence cleared", "let go", "skipped".
     *
     * @param day writes the day a snooze ends (ISO on the command line, the locale's form in the window)
     */
    public String words(Function<LocalDate, String> day) {
        return switch (action) {
            case SNOOZED -> "snoozed until " + day.apply(until);
            case CADENCE -> cadenceDays == null ? "cadence cleared"
                    : "cadence every " + (cadenceDays == 1 ? "day" : cadenceDays + " days");
            default -> action.label().toLowerCase(Locale.ROOT);
        };
    }

    /** True for a cadence decision that took the person's own cadence away. */
    public boolean clearsCadence() {
        return action == ReviewAction.CADENCE && cadenceDays == null;
    }
}
