package app.kith.ui.people;

import app.kith.store.Journal;
import app.kith.ui.common.Dialogs;
import app.kith.ui.common.PersonEditor;
import app.kith.ui.common.TaskRunner;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Alert;
import javafx.stage.Window;

/**
 * A stand-in until the person editor arrives: adding asks for a name only (the small Add dialog),
 * editing says that it is not there yet. The composition root replaces it with the real editor.
 */
public final class InterimPersonEditor implements PersonEditor {

    private final Supplier<Window> owner;
    private final TaskRunner tasks;
    private final ObservableValue<Journal> journal;

    public InterimPersonEditor(Supplier<Window> owner, TaskRunner tasks, ObservableValue<Journal> journal) {
        this.owner = owner;
        this.tasks = tasks;
        this.journal = journal;
    }

    @Override
    public void addPerson(Consumer<UUID> whenAdded) {
        Journal open = journal.getValue();
        if (open != null) {
            AddPersonViewModel form = new AddPersonViewModel(tasks, open.people(), added -> whenAdded.accept(added.id()));
            new AddPersonDialog(form, owner.get()).show();
        }
    }

    @Override
    public void editPerson(UUID id) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION,
                "Editing a person's details in the window comes in the next version of Kith.");
        alert.setHeaderText(null);
        alert.setTitle("Edit");
        Dialogs.dress(alert, owner.get());
        alert.show();
    }
}
