package app.kith.ui.person;

import app.kith.ui.common.Icons;
import atlantafx.base.theme.Styles;
import java.util.Objects;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.controlsfx.control.textfield.AutoCompletionBinding;
import org.controlsfx.control.textfield.TextFields;
import org.kordamp.ikonli.feather.Feather;

/**
 * Tags as chips, and a field to type more with the journal's tags offered as you type. Enter or a
 * comma takes what was typed; Enter in the empty field goes on to the dialog (saves); Backspace in
 * the empty field removes the last tag.
 */
final class TagField {

    /** Kith's stylesheet, whose bridge maps ControlsFX's colour names onto the theme's. */
    private static final String STYLESHEET = "/app/kith/ui/kith.css";

    private final PersonTags tags;
    private final FlowPane chips = new FlowPane(6, 6);
    private final TextField input = new TextField();
    private final VBox node;

    TagField(PersonTags tags) {
        this.tags = tags;
        input.setId("editor-tag-input");
        input.setPromptText("Add a tag…");
        input.setPrefColumnCount(10);
        input.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        input.textProperty().addListener((observable, was, now) -> {
            if (now != null && now.contains(",")) {
                // Not inside the text's own change: the field cannot be cleared while it changes.
                Platform.runLater(this::take);
            }
        });
        input.focusedProperty().addListener((observable, was, focused) -> {
            if (!focused) {
                take();
            }
        });
        AutoCompletionBinding<String> completion =
                TextFields.bindAutoCompletion(input, request -> tags.suggestions(request.getUserText()));
        completion.setVisibleRowCount(8);
        // The suggestions are a window of their own, which sees none of the dialog's stylesheets.
        completion.getAutoCompletionPopup().getScene().getStylesheets().add(
                Objects.requireNonNull(TagField.class.getResource(STYLESHEET)).toExternalForm());
        completion.setOnAutoCompleted(event -> {
            tags.add(event.getCompletion());
            input.clear();
        });
        chips.getStyleClass().add("kith-tag-chips");
        // The box looks like one field: a click anywhere in it types into it.
        chips.setCursor(Cursor.TEXT);
        chips.setOnMouseClicked(event -> input.requestFocus());
        chips.setAlignment(Pos.CENTER_LEFT);
        tags.chosen().addListener((ListChangeListener<String>) change -> rebuild());
        rebuild();
        node = new VBox(2, chips, FormGrid.errorLabel(tags.errorProperty()));
    }

    VBox node() {
        return node;
    }

    TextField input() {
        return input;
    }

    private void key(KeyEvent event) {
        boolean empty = input.getText() == null || input.getText().isBlank();
        if (event.getCode() == KeyCode.ENTER && !empty) {
            take();
            event.consume();
        } else if (event.getCode() == KeyCode.BACK_SPACE && empty && !tags.chosen().isEmpty()) {
            tags.remove(tags.chosen().get(tags.chosen().size() - 1));
            event.consume();
        }
    }

    /** Takes what was typed as tags; a refused tag stays in the field, with the reason under it. */
    private void take() {
        String typed = input.getText();
        if (typed != null && !typed.isBlank() && tags.add(typed)) {
            input.clear();
        }
    }

    private void rebuild() {
        chips.getChildren().clear();
        for (String tag : tags.chosen()) {
            chips.getChildren().add(chip(tag));
        }
        chips.getChildren().add(input);
    }

    private HBox chip(String tag) {
        Label text = new Label(tag);
        Button remove = new Button(null, Icons.icon(Feather.X));
        remove.getStyleClass().addAll(Styles.FLAT, Styles.BUTTON_ICON, "kith-tag-chip-remove");
        remove.setAccessibleText("Remove the tag " + tag);
        remove.setFocusTraversable(false);
        remove.setOnAction(event -> tags.remove(tag));
        HBox chip = new HBox(2, text, remove);
        chip.setAlignment(Pos.CENTER_LEFT);
        chip.getStyleClass().add("kith-tag-chip");
        return chip;
    }
}
