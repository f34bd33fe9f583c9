package app.kith.ui.people;

import app.kith.store.DuplicatePair;
import app.kith.store.MatchBy;
import app.kith.store.PersonSummary;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * Two people who may be one, as the Find duplicates list shows them: who, why, a line about each so
 * that the person can tell them apart, and whom the merge keeps (the first, unless chosen otherwise).
 */
public final class DuplicateRow {

    /** One of the two: the id, the name and what sets them apart ("bob@example.org · Acme"). */
    public record Someone(UUID id, String name, String detail) {
    }

    private final Someone first;
    private final Someone second;
    private final String why;
    private final ObjectProperty<UUID> keep;

    DuplicateRow(DuplicatePair pair, Someone first, Someone second) {
        this.first = first;
        this.second = second;
        this.why = why(pair.why());
        this.keep = new SimpleObjectProperty<>(first.id());
    }

    /** What the list knows of one of the pair from the People list's summary (the name alone when there is none). */
    static Someone someone(DuplicatePair.Someone who, PersonSummary summary) {
        if (summary == null) {
            return new Someone(who.id(), who.name(), "");
        }
        String detail = Stream.concat(summary.emails().stream().limit(1), Stream.of(summary.organization()))
                .filter(Objects::nonNull).collect(Collectors.joining(" · "));
        return new Someone(who.id(), who.name(), detail);
    }

    public Someone first() {
        return first;
    }

    public Someone second() {
        return second;
    }

    /** "Bob Smith and Robert Smith" */
    public String title() {
        return first.name() + " and " + second.name();
    }

    /** "Similar names, the same email" */
    public String why() {
        return why;
    }

    /** The id of the person the merge keeps; the other is merged into them. */
    public ObjectProperty<UUID> keepProperty() {
        return keep;
    }

    Someone kept() {
        return first.id().equals(keep.get()) ? first : second;
    }

    Someone mergedAway() {
        return first.id().equals(keep.get()) ? second : first;
    }

    private static String why(List<MatchBy> reasons) {
        String words = reasons.stream().map(by -> by == MatchBy.NAME ? "similar names" : by.words())
                .collect(Collectors.joining(", "));
        return words.isEmpty() ? "" : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
