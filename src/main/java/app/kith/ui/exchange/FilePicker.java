package app.kith.ui.exchange;

import java.nio.file.Path;
import javafx.stage.Window;

/** Asks the person for a file; a test answers in their place. */
public interface FilePicker {

    /** The archive to read, or null when the person changed their mind. */
    Path archiveToOpen(Window owner);

    /** Where to write the archive (the suggested name offered first), or null when the person changed their mind. */
    Path archiveToSave(Window owner, String suggestedName);

    /** The contacts files to import (vCard, CSV, or a Kith archive), or null when the person changed their mind. */
    default java.util.List<Path> contactsToOpen(Window owner) {
        return null;
    }

    /** Where to write the calendar (.ics), or null when the person changed their mind. */
    Path calendarToSave(Window owner, String suggestedName);
}
