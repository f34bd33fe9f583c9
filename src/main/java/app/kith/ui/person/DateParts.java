package app.kith.ui.person;

import atlantafx.base.theme.Styles;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

/** A day, a month and an optional year side by side: a birthday, or one of a person's important dates. */
final class DateParts {

    private DateParts() {
    }

    /**
     * @param idPrefix e.g. "editor-birthday": the parts are "-day", "-month" and "-year"
     * @param alsoPart other controls of the same entry (an important date's name): moving between them
     *     and the parts is not leaving it
     */
    static HBox of(String idPrefix, StringProperty day, ObjectProperty<Month> month, StringProperty year,
                   FieldCheck check, Control... alsoPart) {
        TextField dayField = PersonEditorDialog.text(idPrefix + "-day", day, "Day");
        dayField.setPrefWidth(60);
        dayField.setMinWidth(60);
        ComboBox<Month> monthBox = new ComboBox<>();
        monthBox.setId(idPrefix + "-month");
        monthBox.getItems().add(null);
        monthBox.getItems().addAll(Month.values());
        monthBox.setPromptText("Month");
        monthBox.setConverter(PersonEditorDialog.converter(value -> value == null ? "—" : BirthdayInput.name(value)));
        monthBox.setButtonCell(PersonEditorDialog.promptCell(monthBox, "Month"));
        monthBox.valueProperty().bindBidirectional(month);
        monthBox.setPrefWidth(140);
        monthBox.setMinWidth(140);
        TextField yearField = PersonEditorDialog.text(idPrefix + "-year", year, "Year");
        yearField.setPrefWidth(72);
        yearField.setMinWidth(72);
        yearField.setTooltip(new Tooltip("The year is optional"));
        // Moving from the day to the month is not leaving the date: check once every part is left.
        List<Control> parts = new ArrayList<>(List.of(dayField, monthBox, yearField));
        parts.addAll(List.of(alsoPart));
        for (Control part : parts) {
            part.focusedProperty().addListener((observable, was, focused) -> Platform.runLater(() -> {
                if (parts.stream().noneMatch(Node::isFocused)) {
                    check.touch();
                }
            }));
        }
        check.error().addListener((observable, was, now) ->
                parts.forEach(part -> part.pseudoClassStateChanged(Styles.STATE_DANGER, now != null)));
        HBox row = new HBox(8, dayField, monthBox, yearField);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }
}
