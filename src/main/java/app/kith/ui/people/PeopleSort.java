package app.kith.ui.people;

import java.time.LocalDate;
import java.util.Comparator;

/**
 * The orders the People list offers. Each is stable over the name order the journal reads, so
 * that people alike in the sorted field stay in name order.
 */
public enum PeopleSort {
    NAME("Name", null),
    LAST_TALKED("Last talked", Comparator.comparing(PersonRow::lastTalked,
            Comparator.nullsLast(Comparator.<LocalDate>reverseOrder()))),
    ADDED("Recently added", Comparator.comparing(PersonRow::added, Comparator.reverseOrder())),
    DEPTH("Depth", Comparator.comparingInt(PersonRow::depth).reversed()),
    /** Where Depth fell most since half a year ago first; those whose Depth rose last. */
    BIGGEST_FALLS("Biggest falls", Comparator.comparingInt(PersonRow::depthChange));

    private final String label;
    private final Comparator<PersonRow> order;

    PeopleSort(String label, Comparator<PersonRow> order) {
        this.label = label;
        this.order = order;
    }

    public String label() {
        return label;
    }

    /** The order over rows already in name order; null keeps that order. */
    Comparator<PersonRow> order() {
        return order;
    }
}
