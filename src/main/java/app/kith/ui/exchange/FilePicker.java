package app.kith.ui.exchange;

import app.kith.exchange.exports.ContactsExport;
import java.nio.file.Path;
import java.util.List;
import javafx.stage.Window;

/** Asks the person for a file; a test answers in their place. */
public interface FilePicker {

    /** The archive to read, or null when the person changed their mind. */
    Path archiveToOpen(Window owner);

    /** Where to write the archive (the suggested name offered first), or null when the person changed their mind. */
    Path archiveToSave(Window owner, String suggestedName);

    /** The contacts files to import (vCard, CSV, or a Kith archive), or null when the person changed their mind. */
    default List<Path> contactsToOpen(Window owner) {
        return null;
    }

    /** Where to write people as vCard or CSV, or null when the person changed their mind. */
    default Path contactsToSave(Window owner, String suggestedName, ContactsExport.Format format) {
        return null;
    }

    /** Where to write the calendar (.ics), or null when the person changed their mind. */
    Path calendarToSave(Window owner, String suggestedName);

    /** A backup to restore from anywhere (Settings › Backups › Restore from a file…), or null. */
    default Path backupToRestore(Window owner) {
        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
        chooser.setTitle("Restore a Kith backup");
        chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter("Kith backups (*.zip)",
                "*.zip"));
        java.io.File chosen = chooser.showOpenDialog(owner);
        return chosen == null ? null : chosen.toPath();
    }

    /** Where to write a picture (PNG), or null when the person changed their mind. */
    Path pictureToSave(Window owner, String suggestedName);
}
