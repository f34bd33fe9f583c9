package app.kith.ui.exchange;

import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The system's file dialogs for Kith archives (.json) and the calendar export (.ics), starting in the folder
 * last used (or the home folder) so that a second export lands beside the first.
 */
public final class ArchiveChooser implements FilePicker {

    private static final FileChooser.ExtensionFilter ARCHIVES =
            new FileChooser.ExtensionFilter("Kith archives (*.json)", "*.json");
    private static final FileChooser.ExtensionFilter CALENDARS =
            new FileChooser.ExtensionFilter("Calendars (*.ics)", "*.ics");

    private static final FileChooser.ExtensionFilter CONTACTS =
            new FileChooser.ExtensionFilter("Contacts (*.vcf, *.vcard, *.csv)", "*.vcf", "*.vcard", "*.csv", "*.VCF",
                    "*.CSV");
    /** The format is told from the content: a file with another name may be chosen too. */
    private static final FileChooser.ExtensionFilter EVERYTHING = new FileChooser.ExtensionFilter("All files", "*");

    private File lastFolder;

    @Override
    public Path archiveToOpen(Window owner) {
        FileChooser chooser = chooser("Import a Kith archive");
        File chosen = chooser.showOpenDialog(owner);
        return remember(chosen);
    }

    @Override
    public java.util.List<Path> contactsToOpen(Window owner) {
        FileChooser chooser = chooser("Import contacts");
        chooser.getExtensionFilters().setAll(CONTACTS, ARCHIVES, EVERYTHING);
        chooser.setSelectedExtensionFilter(CONTACTS);
        java.util.List<File> chosen = chooser.showOpenMultipleDialog(owner);
        if (chosen == null || chosen.isEmpty()) {
            return null;
        }
        remember(chosen.get(0));
        return chosen.stream().map(File::toPath).toList();
    }

    @Override
    public Path archiveToSave(Window owner, String suggestedName) {
        return save(owner, chooser("Export the journal as a Kith archive", ARCHIVES), suggestedName, ".json");
    }

    @Override
    public Path calendarToSave(Window owner, String suggestedName) {
        return save(owner, chooser("Export birthdays, dates and follow-ups as a calendar", CALENDARS), suggestedName,
                ".ics");
    }

    private Path save(Window owner, FileChooser chooser, String suggestedName, String extension) {
        chooser.setInitialFileName(suggestedName);
        File chosen = chooser.showSaveDialog(owner);
        if (chosen == null) {
            return null;
        }
        // Some systems' dialogs leave the extension off: the file is of that kind all the same.
        String name = chosen.getName();
        if (!name.toLowerCase(Locale.ROOT).endsWith(extension)) {
            chosen = new File(chosen.getParentFile(), name + extension);
        }
        return remember(chosen);
    }

    private FileChooser chooser(String title) {
        return chooser(title, ARCHIVES);
    }

    private FileChooser chooser(String title, FileChooser.ExtensionFilter filter) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(filter);
        chooser.setSelectedExtensionFilter(filter);
        // The first dialog opens in the home folder rather than wherever Kith was started from.
        chooser.setInitialDirectory(lastFolder != null ? lastFolder : new File(System.getProperty("user.home")));
        return chooser;
    }

    private Path remember(File chosen) {
        if (chosen == null) {
            return null;
        }
        lastFolder = chosen.getParentFile();
        return chosen.toPath();
    }
}
