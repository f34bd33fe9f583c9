package app.kith.ui.exchange;

import app.kith.store.Journal;
import app.kith.ui.common.TaskRunner;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Supplier;
import javafx.stage.Window;

/** File › Import and Export Kith archive: asks for the file, then runs the work with its dialog. */
public final class ArchiveActions {

    private final Supplier<Window> owner;
    private final TaskRunner tasks;
    private final Supplier<Journal> journal;
    private final Clock clock;
    private final FilePicker files;
    private final Runnable imported;
    private final app.kith.ui.common.UndoOffer undo;

    /**
     * @param journal the open journal, or null while none is
     * @param imported runs on the FX thread after an import saved something: tell the screens, count again
     * @param undo where an import of contacts offers its undo
     */
    public ArchiveActions(Supplier<Window> owner, TaskRunner tasks, Supplier<Journal> journal, Clock clock,
                          FilePicker files, Runnable imported, app.kith.ui.common.UndoOffer undo) {
        this.undo = undo;
        this.owner = owner;
        this.tasks = tasks;
        this.journal = journal;
        this.clock = clock;
        this.files = files;
        this.imported = imported;
    }

    public void importArchive() {
        Journal open = journal.get();
        if (open == null) {
            return;
        }
        Path source = files.archiveToOpen(owner.get());
        if (source != null) {
            ArchiveViewModel work = new ArchiveViewModel(tasks, open, clock, imported);
            new ArchiveDialog(work, owner.get()).show();
            work.importFrom(source);
        }
    }

    /** File › Import contacts…: the chosen files are previewed, then imported as the person chooses. */
    public void importContacts() {
        Journal open = journal.get();
        if (open == null) {
            return;
        }
        java.util.List<Path> sources = files.contactsToOpen(owner.get());
        if (sources != null && !sources.isEmpty()) {
            ContactImportViewModel work = new ContactImportViewModel(tasks, open, undo, imported);
            new ContactImportDialog(work, owner.get()).show();
            work.preview(sources);
        }
    }

    public void exportArchive() {
        Journal open = journal.get();
        if (open == null) {
            return;
        }
        ArchiveViewModel work = new ArchiveViewModel(tasks, open, clock, imported);
        Path target = files.archiveToSave(owner.get(), work.suggestedFileName());
        if (target != null) {
            new ArchiveDialog(work, owner.get()).show();
            work.exportTo(target);
        }
    }
}
