package app.kith.insight.today;

import app.kith.domain.ImportantDate;
import app.kith.domain.PartialDate;
import app.kith.insight.NameOrder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Today's "Coming up": the birthdays and other dates whose next occurrence N on or after T is at most
 * {@value #DAYS_AHEAD} days away. 29 February falls on 28 February in other years. A date whose year is known
 * falls for the first time on that very day, so a date still to come (a wedding planned) is not counted in the
 * years before it.
 */
public final class ComingUp {

    /** Two weeks ahead, today included. */
    public static final int DAYS_AHEAD = 14;

    /** By the day it falls on, then the person's name, then the label. */
    private static final Comparator<ComingDate> ORDER = Comparator.comparing(ComingDate::next)
            .thenComparing(ComingDate::person, NameOrder.NAMES)
            .thenComparing(ComingDate::label, NameOrder.NAMES)
            .thenComparing(ComingDate::personId);

    private ComingUp() {
    }

    /** The dates of these people that fall within the next {@value #DAYS_AHEAD} days of the day, soonest first. */
    public static List<ComingDate> of(List<PersonDates> people, LocalDate asOf) {
        LocalDate last = asOf.plusDays(DAYS_AHEAD);
        List<ComingDate> coming = new ArrayList<>();
        for (PersonDates person : people) {
            if (person.birthday() != null) {
                add(coming, person, ComingDate.BIRTHDAY, person.birthday(), asOf, last);
            }
            for (ImportantDate date : person.dates()) {
                add(coming, person, date.label(), date.date(), asOf, last);
            }
        }
        coming.sort(ORDER);
        return List.copyOf(coming);
    }

    private static void add(List<ComingDate> coming, PersonDates person, String label, PartialDate date,
                            LocalDate asOf, LocalDate last) {
        LocalDate next = next(date, asOf);
        if (!next.isAfter(last)) {
            Integer years = date.hasYear() ? next.getYear() - date.year() : null;
            coming.add(new ComingDate(person.id(), person.name(), label, date, next, years));
        }
    }

    /** The first day on or after {@code asOf} that the date falls on. */
    static LocalDate next(PartialDate date, LocalDate asOf) {
        if (date.hasYear()) {
            LocalDate first = LocalDate.of(date.year(), date.month(), date.day());
            if (first.isAfter(asOf)) {
                return first;
            }
        }
        return date.nextOccurrence(asOf);
    }
}
