package app.kith.ui.shell;

import app.kith.ui.common.AppIcons;
import app.kith.ui.common.EntryEditor;
import app.kith.ui.exchange.ArchiveActions;
import app.kith.ui.exchange.CalendarActions;
import app.kith.ui.common.PersonEditor;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
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

    /**
     * @param owner the main window, for the dialogs (it exists once the window is shown)
     * @param quit closes the window and ends Kith (the journal is closed on the way out)
     * @param entries opens the Log dialog
     * @param archives File › Import and Export Kith archive
     * @param calendar File › Export calendar
     * @param whenAdded told the id of a person just added (the People screen shows them)
     */
    public ShellActions(Supplier<Window> owner, ShellViewModel shell, PersonEditor personEditor, AppIcons icons,
                        Runnable quit, EntryEditor entries, ArchiveActions archives, CalendarActions calendar,
                        Consumer<UUID> whenAdded) {
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

    /** Opens the Log dialog for a new conversation with no one picked yet. */
    public void logConversation() {
        if (journalReady.get()) {
            entries.logConversation(List.of());
        }
    }

    /** Opens the Log dialog for a favour on its own. */
    public void logFavour() {
        if (journalReady.get()) {
            entries.logFavour(null);
        }
    }

    public void exploreSample() {
        shell.exploreSample();
    }

    public void backToOwnJournal() {
        shell.backToOwnJournal();
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
