package app.kith.ui.exchange;

import app.kith.store.ImportCandidate;
import app.kith.store.MatchChoice;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * One match of the preview: who was read, whom they match and why, what a merge would change field
 * by field, and the person's choice (merge, keep both, skip).
 */
public final class MatchRow {

    private final int index;
    private final ImportCandidate candidate;
    private final List<String> changes;
    private final ObjectProperty<MatchChoice> choice;

    MatchRow(int index, ImportCandidate candidate, List<String> changes) {
        this.index = index;
        this.candidate = candidate;
        this.changes = List.copyOf(changes);
        this.choice = new SimpleObjectProperty<>(candidate.choice());
    }

    /** "Maya Cole (apple.vcf) matches Maya Cole in the journal: the same email". */
    public String heading() {
        String where = candidate.match().inJournal() ? "in the journal" : "earlier in this import";
        return candidate.person().name() + " matches " + candidate.match().name() + " " + where + ": "
                + candidate.match().by().words();
    }

    /** What a merge would change, e.g. "email: + a@b.org"; empty when it would add nothing. */
    public List<String> changes() {
        return changes;
    }

    public ObjectProperty<MatchChoice> choiceProperty() {
        return choice;
    }

    int index() {
        return index;
    }

    ImportCandidate chosen() {
        return candidate.withChoice(choice.get());
    }
}
