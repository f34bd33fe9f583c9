package app.kith.ui.log;

import app.kith.store.Journal;
import app.kith.ui.common.EntryEditor;
import app.kith.ui.common.JournalChanges;
import app.kith.ui.common.TaskRunner;
import app.kith.ui.common.UndoOffer;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.value.ObservableValue;
import javafx.stage.Window;

/** Opens the Log dialog over the main window, for the journal open at the time (nothing while none is). */
public final class LogDialogs implements EntryEditor {

    private final Supplier<Window> owner;
    private final TaskRunner tasks;
    private final ObservableValue<Journal> journal;
    private final JournalChanges changes;
    private final UndoOffer undo;
    private final Clock clock;

    /**
     * @param owner the main window (it exists once the window is shown)
     * @param journal the open journal, null while none is
     */
    public LogDialogs(Supplier<Window> owner, TaskRunner tasks, ObservableValue<Journal> journal,
                      JournalChanges changes, UndoOffer undo, Clock clock) {
        this.owner = owner;
        this.tasks = tasks;
        this.journal = journal;
        this.changes = changes;
        this.undo = undo;
        this.clock = clock;
    }

    @Override
    public void logConversation(List<UUID> with, Consumer<UUID> closed) {
        if (!open(form -> form.startConversation(with == null ? List.of() : with),
                form -> closed.accept(form.savedProperty().get()))) {
            closed.accept(null);
        }
    }

    @Override
    public void logFavour(UUID with) {
        open(form -> form.startFavour(with));
    }

    @Override
    public void editInteraction(UUID id) {
        open(form -> form.editInteraction(id));
    }

    @Override
    public void editFavour(UUID id) {
        open(form -> form.editFavour(id));
    }

    private void open(Consumer<LogViewModel> start) {
        open(start, form -> { });
    }

    /**
     * Builds the form, starts it (which sets its mode and reads in the background) and shows the dialog; false when
     * no journal is open.
     *
     * @param closed told the form once the dialog is gone, saved or not
     */
    private boolean open(Consumer<LogViewModel> start, Consumer<LogViewModel> closed) {
        Journal open = journal.getValue();
        if (open == null) {
            return false;
        }
        LogViewModel form = new LogViewModel(tasks, open, changes, undo, clock, Locale.getDefault(Locale.Category.FORMAT));
        start.accept(form);
        new LogDialog(form, owner.get()).show(() -> closed.accept(form));
        return true;
    }
}
