package app.kith.ui.exchange;

import app.kith.exchange.exports.ContactsExport;
import java.nio.file.Path;
import java.util.List;
import javafx.stage.Window;

/**
 * The file dialogs' answers, given in advance by a test (or a screenshot main), and what Kith asked them:
 * the name it suggested and, for people, the format.
 */
public final class PickedFiles implements FilePicker {

    /** The archive to import. */
    public Path open;
    /** The contacts files to import. */
    public List<Path> contacts;
    /** Where every export is written. */
    public Path save;
    /** The name the last save dialog suggested. */
    public String suggested;
    /** The format the last export of people asked for. */
    public ContactsExport.Format format;

    @Override
    public Path archiveToOpen(Window owner) {
        return open;
    }

    @Override
    public Path archiveToSave(Window owner, String suggestedName) {
        suggested = suggestedName;
        return save;
    }

    @Override
    public List<Path> contactsToOpen(Window owner) {
        return contacts;
    }

    @Override
    public Path contactsToSave(Window owner, String suggestedName, ContactsExport.Format chosen) {
        suggested = suggestedName;
        format = chosen;
        return save;
    }

    @Override
    public Path calendarToSave(Window owner, String suggestedName) {
        suggested = suggestedName;
        return save;
    }

    @Override
    public Path pictureToSave(Window owner, String suggestedName) {
        suggested = suggestedName;
        return save;
    }
}
