package app.kith.ui.person;

import app.kith.store.Journal;
import app.kith.ui.common.JournalChanges;
import app.kith.ui.common.PersonEditor;
import app.kith.ui.common.TaskRunner;
import java.time.Clock;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.stage.Window;

/** Opens the person editor over the window, on the open journal; every save is announced to the screens. */
public final class PersonEditors implements PersonEditor {

    private final Supplier<Window> owner;
    private final TaskRunner tasks;
    private final Supplier<Journal> journal;
    private final JournalChanges changes;
    private final Clock clock;

    /**
     * @param owner the main window (it exists once the window is shown)
     * @param journal the open journal, or null while none is open (then the editor does not open)
     */
    public PersonEditors(Supplier<Window> owner, TaskRunner tasks, Supplier<Journal> journal,
                         JournalChanges changes, Clock clock) {
        this.owner = owner;
        this.tasks = tasks;
        this.journal = journal;
        this.changes = changes;
        this.clock = clock;
    }

    @Override
    public void addPerson(Consumer<UUID> whenAdded) {
        Journal open = journal.get();
        if (open == null) {
            return;
        }
        PersonEditorViewModel form = new PersonEditorViewModel(tasks, open.people(), clock, id -> {
            changes.changed();
            whenAdded.accept(id);
        });
        form.startNew();
        new PersonEditorDialog(form, owner.get()).show();
    }

    @Override
    public void editPerson(UUID id) {
        Journal open = journal.get();
        if (open == null) {
            return;
        }
        PersonEditorViewModel form = new PersonEditorViewModel(tasks, open.people(), clock, saved -> changes.changed());
        form.load(id);
        new PersonEditorDialog(form, owner.get()).show();
    }
}
