package app.kith.ui.people;

import app.kith.store.Journal;
import app.kith.store.MatchKeys;
import app.kith.ui.common.JournalChanges;
import app.kith.ui.common.TaskRunner;
import app.kith.ui.common.UndoOffer;
import java.util.function.Supplier;
import javafx.beans.value.ObservableValue;
import javafx.stage.Window;

/** People › Find duplicates (the menu, and the People screen's button): opens the list, one at a time. */
public final class FindDuplicates {

    private final Supplier<Window> owner;
    private final TaskRunner tasks;
    private final ObservableValue<Journal> journal;
    private final JournalChanges changes;
    private final UndoOffer undo;
    private DuplicatesDialog shown;

    public FindDuplicates(Supplier<Window> owner, TaskRunner tasks, ObservableValue<Journal> journal,
                          JournalChanges changes, UndoOffer undo) {
        this.owner = owner;
        this.tasks = tasks;
        this.journal = journal;
        this.changes = changes;
        this.undo = undo;
    }

    /** Shows the pairs of people who may be one; the list already open is brought to the front instead. */
    public void open() {
        if (journal.getValue() == null) {
            return;
        }
        if (shown != null && shown.isShowing()) {
            shown.toFront();
            return;
        }
        shown = new DuplicatesDialog(new DuplicatesViewModel(tasks, journal, changes, undo,
                MatchKeys.ofDefaultLocale()), owner.get());
        shown.show();
    }
}
