package app.kith.insight.today;

import app.kith.domain.ImportantDate;
import app.kith.domain.PartialDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A person's days to remember, as Today and the calendar export read them: the birthday and the other important
 * dates of someone who is not archived.
 *
 * @param birthday null when not known
 */
public record PersonDates(UUID id, String name, PartialDate birthday, List<ImportantDate> dates) {

    public PersonDates {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        dates = List.copyOf(dates);
    }
}
