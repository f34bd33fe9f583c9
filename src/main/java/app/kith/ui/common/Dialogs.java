package app.kith.ui.common;

import javafx.scene.control.Dialog;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Gives Kith's dialogs the window's look: its stylesheets, its icon, and a place over it. */
public final class Dialogs {

    private Dialogs() {
    }

    public static void dress(Dialog<?> dialog, Window owner) {
        dialog.initOwner(owner);
        if (owner.getScene() != null) {
            dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        if (owner instanceof Stage ownerStage && dialog.getDialogPane().getScene().getWindow() instanceof Stage stage) {
            stage.getIcons().setAll(ownerStage.getIcons());
        }
    }
}
