package app.kith.sample;

import app.kith.domain.Person;
import java.time.LocalDate;

/**
 * A person of the sample journal with the part they play.
 *
 * @param from the first day I was in touch with them
 * @param to the last day I was in touch with them (on or before today)
 * @param circle the circle of friends they belong to, or -1
 */
record CastMember(Person person, Persona persona, LocalDate from, LocalDate to, int circle) {

    boolean knownOn(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    /** Years between the first and the last day, at least a day's worth. */
    double years() {
        return (to.toEpochDay() - from.toEpochDay() + 1) / 365.25;
    }
}
