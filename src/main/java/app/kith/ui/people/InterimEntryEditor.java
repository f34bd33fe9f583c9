package app.kith.ui.people;

import app.kith.ui.common.Dialogs;
import app.kith.ui.common.EntryEditor;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.stage.Window;

/** A stand-in until the Log dialog arrives: says where logging is possible today. */
public final class InterimEntryEditor implements EntryEditor {

    private final Supplier<Window> owner;

    public InterimEntryEditor(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public void logConversation(List<UUID> with) {
        tell("Logging a conversation in the window comes in the next version of Kith; "
                + "for now, kith log on the command line writes one.");
    }

    @Override
    public void logFavour(UUID with) {
        tell("Logging a favour in the window comes in the next version of Kith; "
                + "for now, kith log --gave or --received on the command line writes one.");
    }

    @Override
    public void editInteraction(UUID id) {
        tell("Editing a conversation comes in the next version of Kith.");
    }

    @Override
    public void editFavour(UUID id) {
        tell("Editing a favour comes in the next version of Kith.");
    }

    private void tell(String sentence) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, sentence);
        alert.setHeaderText(null);
        alert.setTitle("Log");
        Dialogs.dress(alert, owner.get());
        alert.show();
    }
}
