package app.kith.ui.person;

import atlantafx.base.theme.Styles;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * A column of labelled fields: the label on the left, the field on the right, and under the
 * field the sentence saying what is wrong with it (taking no room while there is none).
 */
final class FormGrid {

    static final double LABEL_WIDTH = 104;
    static final double FIELD_MIN_WIDTH = 300;

    private final GridPane grid = new GridPane();
    private int row;

    FormGrid() {
        grid.getStyleClass().add("kith-editor-grid");
        ColumnConstraints labels = new ColumnConstraints(LABEL_WIDTH, LABEL_WIDTH, LABEL_WIDTH);
        labels.setHalignment(HPos.LEFT);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        fields.setMinWidth(FIELD_MIN_WIDTH);
        grid.getColumnConstraints().addAll(labels, fields);
    }

    /** A field with its label and, when a check is given, its message under it. */
    FormGrid add(String caption, Node field, Control focusTarget, FieldCheck check) {
        Control target = focusTarget != null ? focusTarget : field instanceof Control control ? control : null;
        Label label = new Label(caption);
        label.getStyleClass().add("kith-editor-label");
        label.setLabelFor(target);
        GridPane.setValignment(label, VPos.TOP);
        Node cell = check == null ? field : withMessage(field, target, check.error(), check);
        grid.addRow(row++, label, cell);
        return this;
    }

    GridPane node() {
        return grid;
    }

    /** The field with the check's sentence under it; leaving the field shows the sentence. */
    static VBox withMessage(Node field, Control focusTarget, ObservableStringValue error, FieldCheck check) {
        Label message = errorLabel(error);
        if (focusTarget != null) {
            if (focusTarget.getId() != null) {
                message.setId(focusTarget.getId() + "-error");
            }
            focusTarget.focusedProperty().addListener((observable, was, focused) -> {
                if (!focused && check != null) {
                    check.touch();
                }
            });
            error.addListener((observable, was, now) -> {
                focusTarget.pseudoClassStateChanged(Styles.STATE_DANGER, now != null);
                focusTarget.setAccessibleHelp(now);
            });
        }
        return new VBox(2, field, message);
    }

    /** A sentence in the danger colour, taking no room while empty. */
    static Label errorLabel(ObservableStringValue error) {
        Label message = new Label();
        message.getStyleClass().add("kith-field-error");
        message.setWrapText(true);
        message.setMinHeight(Control.USE_PREF_SIZE);
        message.textProperty().bind(error);
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        message.visibleProperty().bind(message.managedProperty());
        return message;
    }
}
