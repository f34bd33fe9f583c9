package app.kith.insight.today;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Today's quiet reminder that a review is due: shown when someone is waiting in the review queue and the latest
 * review was held at least "every N days" ago (or none was ever held).
 *
 * @param lastHeld the day of the latest review, or null when none was held
 * @param daysSince whole days from the latest review to the day asked about; null when none was held
 * @param waiting how many people the review queue holds
 */
public record ReviewPrompt(LocalDate lastHeld, Integer daysSince, int waiting) {

    /**
     * @param latestHeld the day of the latest review held, if any
     * @param everyDays how often the person wants to review (a setting)
     * @param waiting how many people are in the review queue as of the day
     */
    public static Optional<ReviewPrompt> of(Optional<LocalDate> latestHeld, int everyDays, LocalDate asOf,
                                            int waiting) {
        if (waiting == 0) {
            return Optional.empty();
        }
        if (latestHeld.isEmpty()) {
            return Optional.of(new ReviewPrompt(null, null, waiting));
        }
        long days = ChronoUnit.DAYS.between(latestHeld.get(), asOf);
        if (days < everyDays) {
            return Optional.empty();
        }
        return Optional.of(new ReviewPrompt(latestHeld.get(), (int) days, waiting));
    }
}
