package app.kith.ui.review;

import app.kith.domain.Person;
import app.kith.insight.Cadence;
import app.kith.insight.PersonInsight;
import app.kith.ui.common.RelativeDays;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** What the Snooze and Cadence choices offer, and how a typed cadence is checked. */
public final class ReviewChoices {

    /** A snooze offered: "1 week", until the day. */
    public record Snooze(String label, LocalDate until, String untilText) {
    }

    /**
     * The cadence choice of a person.
     *
     * @param current "every 30 days, your own", or that they have none
     * @param own their own cadence in days, or null (then "Clear" has nothing to clear)
     * @param suggested what Kith would take without their own, rounded to whole days, or null
     */
    public record CadenceChoice(String name, String current, Integer own, Integer suggested) {

        /** What Kith itself would take, when they have a cadence of their own; else what one of theirs would do. */
        public String suggestion() {
            if (own == null) {
                return "A cadence of your own, in days, takes the place of Kith's reading.";
            }
            return suggested == null ? "Without it they would have no cadence: they are outside the rings."
                    : "Kith suggests every " + suggested + (suggested == 1 ? " day" : " days")
                    + ", from the ring and the rhythm of your conversations; Clear goes back to it.";
        }
    }

    private ReviewChoices() {
    }

    /** 1 week, 1 month, 3 months from today. */
    public static List<Snooze> snoozes(LocalDate today, Locale locale) {
        return List.of(snooze("1 week", today.plusWeeks(1), locale), snooze("1 month", today.plusMonths(1), locale),
                snooze("3 months", today.plusMonths(3), locale));
    }

    private static Snooze snooze(String label, LocalDate until, Locale locale) {
        return new Snooze(label, until, new RelativeDays(locale).date(until));
    }

    static CadenceChoice cadence(PersonInsight insight) {
        Cadence cadence = insight.cadence();
        Integer own = insight.person().cadenceDays();
        Double suggested = cadence == null ? null : cadence.suggestedDays();
        String current = cadence == null ? "none: they are outside the rings"
                : "every " + days(cadence.days()) + (own != null ? ", your own" : ", Kith's reading of the ring and"
                + " your conversations");
        return new CadenceChoice(insight.person().name(), current, own,
                suggested == null ? null : (int) Math.round(suggested));
    }

    /** "30 days", "1 day", "10.5 days" (a relative's cadence from the ring). */
    private static String days(double days) {
        String amount = days == Math.rint(days) ? Long.toString((long) days) : String.format(Locale.ROOT, "%.1f", days);
        return amount + (days == 1 ? " day" : " days");
    }

    /** Why the typed cadence cannot be used, in a sentence; null when it can. */
    public static String check(String typed) {
        Integer days = days(typed);
        if (days == null) {
            return "Write the cadence as a whole number of days, e.g. 30.";
        }
        if (days < 1 || days > Person.MAX_CADENCE_DAYS) {
            return "A cadence is between 1 and " + Person.MAX_CADENCE_DAYS + " days.";
        }
        return null;
    }

    /** The typed days, or null when they are not a whole number. */
    public static Integer days(String typed) {
        try {
            return typed == null ? null : Integer.valueOf(typed.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
