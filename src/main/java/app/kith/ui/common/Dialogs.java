package app.kith.ui.common;

import javafx.application.Platform;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
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

    /**
     * Closes the dialog with the result once its work is done (saved in the background): its save
     * button only starts the work, so that the dialog stays open with the reasons when it fails.
     */
    public static void closeWhenDone(Dialog<ButtonType> dialog, ObservableValue<Boolean> done, ButtonType result) {
        done.addListener((observable, was, now) -> {
            if (now) {
                dialog.setResult(result);
                dialog.close();
            }
        });
    }

    /**
     * Grows the dialog's window when its content needs more room, e.g. for a message under a field
     * (a dialog sizes itself once, when shown, and would otherwise cut off its buttons). It never
     * shrinks, so the buttons do not jump while typing.
     */
    public static void growWithContent(Dialog<?> dialog) {
        DialogPane pane = dialog.getDialogPane();
        pane.needsLayoutProperty().addListener((observable, was, needs) -> {
            if (needs) {
                Platform.runLater(() -> {
                    Window window = pane.getScene() == null ? null : pane.getScene().getWindow();
                    if (window != null && pane.prefHeight(pane.getWidth()) > pane.getHeight() + 0.5) {
                        window.sizeToScene();
                    }
                });
            }
        });
    }
}
