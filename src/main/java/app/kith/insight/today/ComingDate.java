package app.kith.insight.today;

import app.kith.domain.PartialDate;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A birthday or another important date that comes up soon.
 *
 * @param label "birthday", or the date's own label ("wedding anniversary")
 * @param date the date as noted, with or without its year
 * @param next the day it next falls on, on or after the day asked about
 * @param years how many years {@code next} is after the noted date (the age on a birthday); null when the year is
 *              not known
 */
public record ComingDate(UUID personId, String person, String label, PartialDate date, LocalDate next,
                         Integer years) {

    /** The label of a birthday. */
    public static final String BIRTHDAY = "birthday";

    public ComingDate {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(next, "next");
    }

    public boolean isBirthday() {
        return BIRTHDAY.equals(label);
    }
}
