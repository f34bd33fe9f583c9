package app.kith.ui.people;

import app.kith.ui.common.Dialogs;
import atlantafx.base.theme.Styles;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/**
 * A small dialog asking for a name. "Add" does not close it by itself: the dialog closes once the
 * person is saved, and stays open with the reason next to the field when the name is not right.
 */
public final class AddPersonDialog {

    public static final ButtonType ADD = new ButtonType("Add", ButtonBar.ButtonData.OK_DONE);

    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final AddPersonViewModel form;

    public AddPersonDialog(AddPersonViewModel form, Window owner) {
        this.form = form;
        dialog.setTitle("Add a person");
        dialog.setHeaderText(null);
        dialog.getDialogPane().setContent(content());
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.CANCEL, ADD);
        Button add = (Button) dialog.getDialogPane().lookupButton(ADD);
        add.setId("add-person-save");
        add.disableProperty().bind(form.savingProperty());
        add.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            form.save();
        });
        form.addedProperty().addListener((observable, was, done) -> {
            if (done) {
                dialog.setResult(ADD);
                dialog.close();
            }
        });
        Dialogs.dress(dialog, owner);
    }

    public void show() {
        dialog.show();
    }

    private GridPane content() {
        Label label = new Label("Name");
        TextField name = new TextField();
        name.setId("add-person-name");
        name.setPromptText("e.g. Maya Cole");
        name.setPrefColumnCount(24);
        name.textProperty().bindBidirectional(form.nameProperty());
        label.setLabelFor(name);

        Label error = new Label();
        error.setId("add-person-error");
        error.getStyleClass().add("kith-field-error");
        error.setWrapText(true);
        form.nameErrorProperty().addListener((observable, was, now) -> {
            error.setText(now == null ? "" : now);
            name.pseudoClassStateChanged(Styles.STATE_DANGER, now != null);
            name.setAccessibleHelp(now);
        });

        Label saveError = new Label();
        saveError.setId("add-person-save-error");
        saveError.getStyleClass().add("kith-field-error");
        saveError.setWrapText(true);
        saveError.textProperty().bind(form.saveErrorProperty());
        saveError.managedProperty().bind(saveError.textProperty().isNotEmpty());

        GridPane grid = new GridPane();
        grid.getStyleClass().add("kith-form");
        grid.addRow(0, label, name);
        grid.add(error, 1, 1);
        grid.add(saveError, 0, 2, 2, 1);
        Platform.runLater(name::requestFocus);
        return grid;
    }
}
