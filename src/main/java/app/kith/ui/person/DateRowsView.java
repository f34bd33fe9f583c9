package app.kith.ui.person;

import app.kith.ui.common.Icons;
import app.kith.ui.common.Shown;
import atlantafx.base.theme.Styles;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/**
 * A person's important dates in the editor: per date its name with a remove button, the day, month
 * and optional year under it, and "Add a date" under them all.
 */
final class DateRowsView {

    private final VBox rowsBox = new VBox(10);
    private final VBox node;
    private final Consumer<DateRow> remove;

    DateRowsView(ObservableList<DateRow> rows, Supplier<DateRow> addRow, Consumer<DateRow> remove) {
        this.remove = remove;
        Button add = new Button("Add a date", Icons.icon(Feather.PLUS));
        add.setId("editor-date-add");
        add.getStyleClass().addAll(Styles.FLAT, Styles.SMALL, "kith-editor-add");
        add.setOnAction(event -> {
            addRow.get();
            focusLast();
        });
        Label none = new Label("Anniversaries and other days to remember.");
        none.getStyleClass().addAll("kith-muted", "kith-small");
        Shown.shownWhile(none, Bindings.isEmpty(rows));
        node = new VBox(6, none, rowsBox, add);
        rows.addListener((ListChangeListener<DateRow>) change -> rebuild(rows));
        rebuild(rows);
    }

    VBox node() {
        return node;
    }

    /** The first date's name field, for the caption to point at (null without dates). */
    TextField firstField() {
        return rowsBox.getChildren().isEmpty() ? null : nameField((VBox) rowsBox.getChildren().get(0));
    }

    private void rebuild(ObservableList<DateRow> rows) {
        rowsBox.getChildren().clear();
        for (int i = 0; i < rows.size(); i++) {
            rowsBox.getChildren().add(row(rows.get(i), i));
        }
        rowsBox.setManaged(!rows.isEmpty());
    }

    private VBox row(DateRow row, int index) {
        TextField name = PersonEditorDialog.text("editor-date-" + index + "-name", row.labelProperty(),
                "e.g. Wedding anniversary");
        HBox.setHgrow(name, Priority.ALWAYS);
        Button removeButton = new Button(null, Icons.icon(Feather.X));
        removeButton.getStyleClass().addAll(Styles.FLAT, Styles.BUTTON_ICON, Styles.SMALL, "kith-editor-remove");
        removeButton.setTooltip(new Tooltip("Remove this date"));
        removeButton.setAccessibleText("Remove date " + (index + 1));
        removeButton.setFocusTraversable(false);
        removeButton.setOnAction(event -> remove.accept(row));
        HBox nameLine = new HBox(4, name, removeButton);
        nameLine.setAlignment(Pos.CENTER_LEFT);
        HBox when = DateParts.of("editor-date-" + index, row.dayProperty(), row.monthProperty(), row.yearProperty(),
                row.check(), name);
        VBox entry = new VBox(6, nameLine, when);
        return FormGrid.withMessage(entry, null, row.check().error(), row.check());
    }

    private void focusLast() {
        Platform.runLater(() -> {
            if (!rowsBox.getChildren().isEmpty()) {
                nameField((VBox) rowsBox.getChildren().get(rowsBox.getChildren().size() - 1)).requestFocus();
            }
        });
    }

    private static TextField nameField(VBox row) {
        VBox entry = (VBox) row.getChildren().get(0);
        return (TextField) ((HBox) entry.getChildren().get(0)).getChildren().get(0);
    }
}
