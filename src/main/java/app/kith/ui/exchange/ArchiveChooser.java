package app.kith.ui.exchange;

import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The system's file dialogs for Kith archives, showing .json files (and for pictures, .png), starting in the folder last used
 * (or the home folder) so that a second export lands beside the first.
 */
public final class ArchiveChooser implements FilePicker {

    private static final FileChooser.ExtensionFilter ARCHIVES =
            new FileChooser.ExtensionFilter("Kith archives (*.json)", "*.json");
    private static final FileChooser.ExtensionFilter PICTURES =
            new FileChooser.ExtensionFilter("Pictures (*.png)", "*.png");

    private File lastFolder;

    @Override
    public Path archiveToOpen(Window owner) {
        FileChooser chooser = chooser("Import a Kith archive");
        File chosen = chooser.showOpenDialog(owner);
        return remember(chosen);
    }

    @Override
    public Path archiveToSave(Window owner, String suggestedName) {
        return toSave(owner, "Export the journal as a Kith archive", ARCHIVES, ".json", suggestedName);
    }

    @Override
    public Path pictureToSave(Window owner, String suggestedName) {
        return toSave(owner, "Export the picture", PICTURES, ".png", suggestedName);
    }

    private Path toSave(Window owner, String title, FileChooser.ExtensionFilter kind, String extension,
                        String suggestedName) {
        FileChooser chooser = chooser(title, kind);
        chooser.setInitialFileName(suggestedName);
        File chosen = chooser.showSaveDialog(owner);
        if (chosen == null) {
            return null;
        }
        // Some systems' dialogs leave the extension off: the file is of its kind all the same.
        String name = chosen.getName();
        if (!name.toLowerCase(Locale.ROOT).endsWith(extension)) {
            chosen = new File(chosen.getParentFile(), name + extension);
        }
        return remember(chosen);
    }

    private FileChooser chooser(String title) {
        return chooser(title, ARCHIVES);
    }

    private FileChooser chooser(String title, FileChooser.ExtensionFilter kind) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(kind);
        chooser.setSelectedExtensionFilter(kind);
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
