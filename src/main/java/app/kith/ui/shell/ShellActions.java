package app.kith.ui.shell;

import app.kith.ui.common.AppIcons;
import app.kith.ui.common.PersonEditor;
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
    private final BooleanBinding journalReady;
    private final BooleanBinding exploringSample;

    /**
     * @param owner the main window, for the dialogs (it exists once the window is shown)
     * @param quit closes the window and ends Kith (the journal is closed on the way out)
     */
    public ShellActions(Supplier<Window> owner, ShellViewModel shell, PersonEditor personEditor, AppIcons icons,
                        Runnable quit) {
        this.owner = owner;
        this.shell = shell;
        this.personEditor = personEditor;
        this.icons = icons;
        this.quit = quit;
        this.journalReady = Bindings.createBooleanBinding(
                () -> shell.phaseProperty().get() == ShellViewModel.Phase.READY, shell.phaseProperty());
        this.exploringSample = Bindings.createBooleanBinding(
                () -> shell.exploringSampleProperty().get(), shell.exploringSampleProperty());
    }

    /** Opens the person editor for a new person (a name and Enter is enough). */
    public void addPerson() {
        if (shell.journalProperty().get() != null) {
            personEditor.addPerson(added -> shell.refreshCounts());
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
