package app.kith.ui.shell;

import app.kith.exchange.exports.ContactsExport;
import app.kith.ui.common.AppIcons;
import app.kith.ui.common.EntryEditor;
import app.kith.ui.exchange.ArchiveActions;
import app.kith.ui.exchange.CalendarActions;
import app.kith.ui.people.FindDuplicates;
import app.kith.ui.common.PersonEditor;
import app.kith.ui.common.PictureExporter;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableBooleanValue;
import java.util.function.Supplier;
import javafx.stage.Window;

/** The commands the menus, the shortcuts and the screens share. */
public final class ShellActions {

    private final Supplier<Window> owner;
    private final ShellViewModel shell;
    private final PersonEditor personEditor;
    private final AppIcons icons;
    private final Runnable quit;
    private final EntryEditor entries;
    private final BooleanBinding journalReady;
    private final BooleanBinding exploringSample;
    private final ArchiveActions archives;
    private final CalendarActions calendar;
    private final Consumer<UUID> whenAdded;
    private final PictureExporter pictures;
    private final FindDuplicates duplicates;
    private Supplier<UUID> personInView = () -> null;
    private Runnable howKithReads = () -> { };

    /**
     * @param owner the main window, for the dialogs (it exists once the window is shown)
     * @param quit closes the window and ends Kith (the journal is closed on the way out)
     * @param entries opens the Log dialog
     * @param archives File › Import and Export Kith archive
     * @param calendar File › Export calendar
     * @param whenAdded told the id of a person just added (the People screen shows them)
     * @param pictures File › Export picture (the Map or the Rings)
     * @param duplicates People › Find duplicates
     */
    public ShellActions(Supplier<Window> owner, ShellViewModel shell, PersonEditor personEditor, AppIcons icons,
                        Runnable quit, EntryEditor entries, ArchiveActions archives, CalendarActions calendar,
                        Consumer<UUID> whenAdded, PictureExporter pictures, FindDuplicates duplicates) {
        this.pictures = pictures;
        this.duplicates = duplicates;
        this.archives = archives;
        this.calendar = calendar;
        this.whenAdded = whenAdded;
        this.owner = owner;
        this.shell = shell;
        this.personEditor = personEditor;
        this.icons = icons;
        this.quit = quit;
        this.entries = entries;
        this.journalReady = Bindings.createBooleanBinding(
                () -> shell.phaseProperty().get() == ShellViewModel.Phase.READY, shell.phaseProperty());
        this.exploringSample = Bindings.createBooleanBinding(
                () -> shell.exploringSampleProperty().get(), shell.exploringSampleProperty());
    }

    /** Where Log conversation and Log favour learn whom the screen in front shows ({@link PersonInView}). */
    public void logFrom(Supplier<UUID> shownPerson) {
        this.personInView = java.util.Objects.requireNonNull(shownPerson);
    }

    /** Opens the person editor for a new person (a name and Enter is enough). */
    public void addPerson() {
        if (shell.journalProperty().get() != null) {
            personEditor.addPerson(whenAdded);
        }
    }

    /** File › Import Kith archive…: reads an archive into the open journal, all or nothing. */
    public void importArchive() {
        archives.importArchive();
    }

    /** File › Import contacts…: vCard and CSV files (or an archive) previewed, then imported as chosen. */
    public void importContacts() {
        if (journalReady.get()) {
            archives.importContacts();
        }
    }

    /** File › Export Kith archive…: writes the open journal to an archive. */
    public void exportArchive() {
        archives.exportArchive();
    }

    /** File › Export calendar…: writes birthdays, dates and open follow-ups as an iCalendar file. */
    public void exportCalendar() {
        calendar.exportCalendar();
    }

    /** File › Export people as vCard…: everyone, for an address book. */
    public void exportVCard() {
        if (journalReady.get()) {
            archives.exportContacts(ContactsExport.Format.VCARD);
        }
    }

    /** File › Export people as CSV…: everyone with their scores as of today, for a spreadsheet. */
    public void exportCsv() {
        if (journalReady.get()) {
            archives.exportContacts(ContactsExport.Format.CSV);
        }
    }

    /** People › Find duplicates…: the pairs of people who may be one, each to merge. */
    public void findDuplicates() {
        if (journalReady.get()) {
            duplicates.open();
        }
    }

    /** Opens the Log dialog for a new conversation, with the person the screen shows (if any) filled in. */
    public void logConversation() {
        if (journalReady.get()) {
            UUID person = personInView.get();
            entries.logConversation(person == null ? List.of() : List.of(person));
        }
    }

    /** Opens the Log dialog for a favour on its own, with the person the screen shows (if any) filled in. */
    public void logFavour() {
        if (journalReady.get()) {
            entries.logFavour(personInView.get());
        }
    }

    /** File › Export picture…: writes the Map or the Rings as shown to a PNG. */
    public void exportPicture() {
        if (journalReady.get()) {
            pictures.export();
        }
    }

    /** True while a picture (the Map, the Rings) is shown that can be exported. */
    public ObservableBooleanValue pictureShown() {
        return pictures.available();
    }

    public void exploreSample() {
        shell.exploreSample();
    }

    public void backToOwnJournal() {
        shell.backToOwnJournal();
    }

    /** Help › How Kith reads relationships: the model in plain words, with examples from the journal. */
    public void showHowKithReads() {
        howKithReads.run();
    }

    /** What Help › How Kith reads relationships opens (the page needs the window's insight snapshot). */
    public void howKithReadsWith(Runnable show) {
        this.howKithReads = java.util.Objects.requireNonNull(show);
    }

    public void showAbout() {
        new AboutDialog(owner.get(), icons, AppVersion.of(ShellActions.class), shell.ownFolder(),
                shell.exploringSampleProperty().get() ? shell.sampleFolder() : null).show();
    }

    public void quit() {
        quit.run();
    }

    /** True while a journal is open and shown: the commands that need one are enabled. */
    public BooleanBinding journalReady() {
        return journalReady;
    }

    /** True while the sample journal is open (or being made). */
    public BooleanBinding exploringSample() {
        return exploringSample;
    }
}
