package app.kith.ui.shell;

import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;

/** The menu bar: every command with its keyboard shortcut (Shortcut is Cmd on macOS, Ctrl elsewhere). */
final class MainMenu {

    private MainMenu() {
    }

    static MenuBar build(ShellActions actions, ThemeSwitcher theme, List<Screen> screens,
                         ObjectProperty<Screen> selected, Runnable showShortcuts) {
        MenuBar bar = new MenuBar(fileMenu(actions), peopleMenu(actions), viewMenu(theme, screens, selected),
                helpMenu(actions, showShortcuts));
        bar.setUseSystemMenuBar(System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("mac"));
        return bar;
    }

    private static Menu fileMenu(ShellActions actions) {
        MenuItem newPerson = item("New person…", "Shortcut+N", actions::addPerson);
        newPerson.setId("menu-new-person");
        newPerson.disableProperty().bind(actions.journalReady().not());
        MenuItem importArchive = item("Import Kith archive…", "Shortcut+Shift+I", actions::importArchive);
        importArchive.setId("menu-import-archive");
        importArchive.disableProperty().bind(actions.journalReady().not());
        MenuItem importContacts = item("Import contacts…", "Shortcut+Shift+O", actions::importContacts);
        importContacts.setId("menu-import-contacts");
        importContacts.disableProperty().bind(actions.journalReady().not());
        MenuItem exportArchive = item("Export Kith archive…", "Shortcut+Shift+E", actions::exportArchive);
        exportArchive.setId("menu-export-archive");
        exportArchive.disableProperty().bind(actions.journalReady().not());
        MenuItem exportCalendar = item("Export calendar…", null, actions::exportCalendar);
        exportCalendar.setId("menu-export-calendar");
        exportCalendar.disableProperty().bind(actions.journalReady().not());
        MenuItem exportPicture = item("Export picture…", "Shortcut+Shift+P", actions::exportPicture);
        exportPicture.setId("menu-export-picture");
        exportPicture.disableProperty().bind(actions.journalReady().not().or(Bindings.not(actions.pictureShown())));
        MenuItem exportVCard = item("Export people as vCard…", null, actions::exportVCard);
        exportVCard.setId("menu-export-vcard");
        exportVCard.disableProperty().bind(actions.journalReady().not());
        MenuItem exportCsv = item("Export people as CSV…", null, actions::exportCsv);
        exportCsv.setId("menu-export-csv");
        exportCsv.disableProperty().bind(actions.journalReady().not());
        MenuItem logConversation = item("Log conversation…", "Shortcut+L", actions::logConversation);
        logConversation.setId("menu-log-conversation");
        logConversation.disableProperty().bind(actions.journalReady().not());
        MenuItem logFavour = item("Log favour…", "Shift+Shortcut+L", actions::logFavour);
        logFavour.setId("menu-log-favour");
        logFavour.disableProperty().bind(actions.journalReady().not());
        MenuItem explore = item("Explore sample journal", null, actions::exploreSample);
        explore.setId("menu-explore-sample");
        explore.disableProperty().bind(actions.exploringSample());
        MenuItem back = item("Back to my journal", null, actions::backToOwnJournal);
        back.setId("menu-back-to-journal");
        back.disableProperty().bind(actions.exploringSample().not());
        MenuItem quit = item("Quit", "Shortcut+Q", actions::quit);
        quit.setId("menu-quit");
        return new Menu("File", null, newPerson, logConversation, logFavour, new SeparatorMenuItem(),
                importContacts, importArchive, exportArchive, exportVCard, exportCsv, exportCalendar, exportPicture,
                new SeparatorMenuItem(), explore, back, new SeparatorMenuItem(), quit);
    }

    private static Menu peopleMenu(ShellActions actions) {
        MenuItem duplicates = item("Find duplicates…", "Shortcut+Shift+D", actions::findDuplicates);
        duplicates.setId("menu-find-duplicates");
        duplicates.disableProperty().bind(actions.journalReady().not());
        return new Menu("People", null, duplicates);
    }

    private static Menu viewMenu(ThemeSwitcher theme, List<Screen> screens, ObjectProperty<Screen> selected) {
        Menu view = new Menu("View");
        ToggleGroup themes = new ToggleGroup();
        for (ThemeChoice choice : ThemeChoice.values()) {
            RadioMenuItem item = new RadioMenuItem(choice.label() + " theme");
            item.setId("menu-theme-" + choice.code());
            item.setToggleGroup(themes);
            item.setSelected(theme.choiceProperty().get() == choice);
            item.setOnAction(event -> theme.choiceProperty().set(choice));
            theme.choiceProperty().addListener((observable, was, now) -> item.setSelected(now == choice));
            view.getItems().add(item);
        }
        view.getItems().add(new SeparatorMenuItem());
        ToggleGroup screenGroup = new ToggleGroup();
        int number = 0;
        for (Screen screen : screens) {
            RadioMenuItem item = new RadioMenuItem(screen.name());
            item.setToggleGroup(screenGroup);
            item.setAccelerator(screen.shortcut(screen.atFoot() ? 0 : ++number));
            item.setSelected(selected.get() == screen);
            item.setOnAction(event -> selected.set(screen));
            selected.addListener((observable, was, now) -> item.setSelected(now == screen));
            view.getItems().add(item);
        }
        return view;
    }

    private static Menu helpMenu(ShellActions actions, Runnable showShortcuts) {
        MenuItem shortcuts = item("Keyboard shortcuts", "F1", showShortcuts);
        shortcuts.setId("menu-shortcuts");
        MenuItem howKithReads = item("How Kith reads relationships", null, actions::showHowKithReads);
        howKithReads.setId("menu-how-kith-reads");
        MenuItem about = item("About Kith", null, actions::showAbout);
        about.setId("menu-about");
        return new Menu("Help", null, howKithReads, shortcuts, new SeparatorMenuItem(), about);
    }

    private static MenuItem item(String text, String keys, Runnable action) {
        MenuItem item = new MenuItem(text);
        if (keys != null) {
            item.setAccelerator(KeyCombination.keyCombination(keys));
        }
        item.setOnAction(event -> action.run());
        return item;
    }
}
