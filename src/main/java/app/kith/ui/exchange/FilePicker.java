package app.kith.ui.exchange;

import java.nio.file.Path;
import javafx.stage.Window;

/** Asks the person for a file; a test answers in their place. */
public interface FilePicker {

    /** The archive to read, or null when the person changed their mind. */
    Path archiveToOpen(Window owner);

    /** Where to write the archive (the suggested name offered first), or null when the person changed their mind. */
    Path archiveToSave(Window owner, String suggestedName);

    /** Where to write a picture (PNG), or null when the person changed their mind. */
    Path pictureToSave(Window owner, String suggestedName);
}
