package app.kith.ui.person;

import app.kith.ui.common.Icons;
import atlantafx.base.theme.Styles;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/** Several emails (or phones): a field per row with a remove button, and "Add another" under them. */
final class TextRowsView {

    private final VBox rowsBox = new VBox(6);
    private final VBox node;
    private final Button add;
    private final String idPrefix;
    private final String prompt;
    private final String what;
    private final Consumer<TextRow> remove;

    /**
     * @param what "email address" or "phone number", for the buttons' accessible text
     */
    TextRowsView(ObservableList<TextRow> rows, String idPrefix, String prompt, String what,
                 Supplier<TextRow> addRow, Consumer<TextRow> remove) {
        this.idPrefix = idPrefix;
        this.prompt = prompt;
        this.what = what;
        this.remove = remove;
        add = new Button("Add " + (what.startsWith("email") ? "an " : "a ") + what, Icons.icon(Feather.PLUS));
        add.setId(idPrefix + "-add");
        add.getStyleClass().addAll(Styles.FLAT, Styles.SMALL, "kith-editor-add");
        add.setOnAction(event -> {
            addRow.get();
            focusLast();
        });
        node = new VBox(6, rowsBox, add);
        rows.addListener((ListChangeListener<TextRow>) change -> rebuild(rows));
        rebuild(rows);
    }

    VBox node() {
        return node;
    }

    /** The first field, for the label to point at. */
    TextField first() {
        return rowsBox.getChildren().isEmpty() ? null : field((VBox) rowsBox.getChildren().get(0));
    }

    private void rebuild(ObservableList<TextRow> rows) {
        rowsBox.getChildren().clear();
        for (int i = 0; i < rows.size(); i++) {
            rowsBox.getChildren().add(row(rows.get(i), i));
        }
        rowsBox.setManaged(!rows.isEmpty());
    }

    private VBox row(TextRow row, int index) {
        TextField field = new TextField();
        field.setId(idPrefix + "-" + index);
        field.setPromptText(prompt);
        field.textProperty().bindBidirectional(row.textProperty());
        HBox.setHgrow(field, Priority.ALWAYS);
        Button removeButton = new Button(null, Icons.icon(Feather.X));
        removeButton.getStyleClass().addAll(Styles.FLAT, Styles.BUTTON_ICON, Styles.SMALL, "kith-editor-remove");
        removeButton.setTooltip(new Tooltip("Remove this " + what));
        removeButton.setAccessibleText("Remove " + what + " " + (index + 1));
        removeButton.setFocusTraversable(false);
        removeButton.setOnAction(event -> remove.accept(row));
        HBox line = new HBox(4, field, removeButton);
        line.setAlignment(Pos.CENTER_LEFT);
        return FormGrid.withMessage(line, field, row.check().error(), row.check());
    }

    private void focusLast() {
        Platform.runLater(() -> {
            if (!rowsBox.getChildren().isEmpty()) {
                field((VBox) rowsBox.getChildren().get(rowsBox.getChildren().size() - 1)).requestFocus();
            }
        });
    }

    private static TextField field(VBox row) {
        return (TextField) ((HBox) row.getChildren().get(0)).getChildren().get(0);
    }
}
