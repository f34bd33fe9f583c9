package app.kith.ui.shell;

import app.kith.store.Journal;
import app.kith.ui.common.AppIcons;
import app.kith.ui.common.TaskRunner;
import app.kith.ui.common.PersonEditor;
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
    private final TaskRunner tasks;
    private final AppIcons icons;
    private final Runnable quit;
    private final BooleanBinding journalReady;
    private final BooleanBinding exploringSample;
    private final PersonEditor people;
    private final Consumer<UUID> whenAdded;

    /**
     * @param owner the main window, for the dialogs (it exists once the window is shown)
     * @param quit closes the window and ends Kith (the journal is closed on the way out)
     * @param people asks for a new person
     * @param whenAdded told the id of a person just added (the People screen shows them)
     */
    public ShellActions(Supplier<Window> owner, ShellViewModel shell, TaskRunner tasks, AppIcons icons, Runnable quit,
                        PersonEditor people, Consumer<UUID> whenAdded) {
        this.owner = owner;
        this.shell = shell;
        this.tasks = tasks;
        this.icons = icons;
        this.quit = quit;
        this.people = people;
        this.whenAdded = whenAdded;
        this.journalReady = Bindings.createBooleanBinding(
                () -> shell.phaseProperty().get() == ShellViewModel.Phase.READY, shell.phaseProperty());
        this.exploringSample = Bindings.createBooleanBinding(
                () -> shell.exploringSampleProperty().get(), shell.exploringSampleProperty());
    }

    /** Asks for a new person; once added, the counts are read again and the person is shown. */
    public void addPerson() {
        Journal journal = shell.journalProperty().get();
        if (journal == null) {
            return;
        }
        people.addPerson(id -> {
            shell.refreshCounts();
            whenAdded.accept(id);
        });
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
