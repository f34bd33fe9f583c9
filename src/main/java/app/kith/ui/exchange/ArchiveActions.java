package app.kith.ui.exchange;

import app.kith.exchange.exports.ContactsExport;
import app.kith.store.Journal;
import app.kith.ui.common.PeopleExporter;
import app.kith.ui.common.TaskRunner;
import app.kith.ui.common.UndoOffer;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import javafx.stage.Window;

/**
 * File › Import and Export (a Kith archive, contacts, people as vCard or CSV): asks for the file, then
 * runs the work with its dialog.
 */
public final class ArchiveActions implements PeopleExporter {

    private final Supplier<Window> owner;
    private final TaskRunner tasks;
    private final Supplier<Journal> journal;
    private final Clock clock;
    private final FilePicker files;
    private final Runnable imported;
    private final UndoOffer undo;

    /**
     * @param journal the open journal, or null while none is
     * @param imported runs on the FX thread after an import saved something: tell the screens, count again
     * @param undo where an import of contacts offers its undo
     */
    public ArchiveActions(Supplier<Window> owner, TaskRunner tasks, Supplier<Journal> journal, Clock clock,
                          FilePicker files, Runnable imported, UndoOffer undo) {
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
        List<Path> sources = files.contactsToOpen(owner.get());
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

    /** File › Export people as vCard or CSV: everyone. */
    public void exportContacts(ContactsExport.Format format) {
        exportPeople(null, format, "Kith people " + LocalDate.now(clock));
    }

    /** The person page's Export as vCard: the people chosen. */
    @Override
    public void exportAsVCard(List<UUID> people, String suggestedName) {
        exportPeople(List.copyOf(people), ContactsExport.Format.VCARD, suggestedName);
    }

    private void exportPeople(List<UUID> people, ContactsExport.Format format, String name) {
        Journal open = journal.get();
        if (open == null) {
            return;
        }
        // A name may hold characters no file name can ("AC/DC"): they become spaces.
        String fileName = name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]+", " ").strip();
        Path target = files.contactsToSave(owner.get(), fileName + "." + format.extension(), format);
        if (target != null) {
            ArchiveViewModel work = new ArchiveViewModel(tasks, open, clock, imported);
            new ArchiveDialog(work, owner.get()).show();
            work.exportContacts(target, format, people);
        }
    }
}
