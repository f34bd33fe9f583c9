package app.kith.ui.log;

import atlantafx.base.theme.Styles;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.stage.Popup;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Who the entry is with: the people picked so far as chips, then a field to type a name into. Suggestions
 * drop down under the field as one types; Up and Down move through them, Enter picks one (a name no one
 * has becomes a new person), Backspace in the empty field takes the last chip off.
 */
final class PeopleField {

    private static final PseudoClass FOCUSED = PseudoClass.getPseudoClass("focus-within");
    private static final double ROW = 30;

    private final LogViewModel form;
    private final FlowPane box = new FlowPane(4, 4);
    private final TextField input = new TextField();
    private final ListView<PersonChoice> list = new ListView<>();
    private final Popup popup = new Popup();

    PeopleField(LogViewModel form) {
        this.form = form;
        box.setId("log-people");
        box.getStyleClass().add("kith-people-field");
        input.setId("log-people-input");
        input.getStyleClass().add("kith-people-input");
        input.setPrefColumnCount(14);
        input.textProperty().bindBidirectional(form.typedProperty());
        input.focusedProperty().addListener((observable, was, now) -> {
            box.pseudoClassStateChanged(FOCUSED, now);
            if (!now) {
                popup.hide();
            }
        });
        input.addEventFilter(KeyEvent.KEY_PRESSED, this::pressed);
        box.setOnMouseClicked(event -> input.requestFocus());
        list.setId("log-suggestions");
        list.getStyleClass().add("kith-suggestions");
        list.setFixedCellSize(ROW);
        list.setFocusTraversable(false);
        list.setCellFactory(view -> new SuggestionCell());
        list.setOnMouseClicked(event -> pickSelected());
        popup.getContent().add(list);
        popup.setAutoHide(true);
        form.suggestions().addListener((ListChangeListener<PersonChoice>) change -> suggestionsChanged());
        form.people().addListener((ListChangeListener<PersonChoice>) change -> showChips());
        showChips();
    }

    Node node() {
        return box;
    }

    TextField input() {
        return input;
    }

    private void showChips() {
        // The field itself stays put, so that it keeps the focus while chips come and go before it.
        if (!box.getChildren().contains(input)) {
            box.getChildren().add(input);
        }
        box.getChildren().remove(0, box.getChildren().size() - 1);
        box.getChildren().addAll(0, form.people().stream().map(this::chip).toList());
        input.setPromptText(form.people().isEmpty() ? "Type a name…" : "");
    }

    private Node chip(PersonChoice person) {
        Label name = new Label(person.name());
        Button remove = new Button(null, new FontIcon(Feather.X));
        remove.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, "kith-chip-remove");
        remove.setFocusTraversable(false);
        remove.setTooltip(new Tooltip("Remove " + person.name()));
        remove.setAccessibleText("Remove " + person.name());
        remove.setOnAction(event -> form.remove(person));
        HBox chip = new HBox(2, name);
        if (person.isNew()) {
            Label fresh = new Label("new");
            fresh.getStyleClass().add("kith-chip-new");
            chip.getChildren().add(fresh);
        }
        chip.getChildren().add(remove);
        chip.getStyleClass().add("kith-person-chip");
        chip.setId("log-chip-" + person.name().replace(' ', '-'));
        return chip;
    }

    private void pressed(KeyEvent event) {
        KeyCode code = event.getCode();
        if (code == KeyCode.ENTER && !input.getText().isBlank() && !event.isShortcutDown()) {
            pickSelected();
            event.consume();
        } else if (code == KeyCode.DOWN || code == KeyCode.UP) {
            move(code == KeyCode.DOWN ? 1 : -1);
            event.consume();
        } else if (code == KeyCode.ESCAPE && !input.getText().isEmpty()) {
            input.clear();
            event.consume();
        } else if (code == KeyCode.BACK_SPACE && input.getText().isEmpty() && !form.people().isEmpty()) {
            form.remove(form.people().get(form.people().size() - 1));
            event.consume();
        }
    }

    private void move(int step) {
        int size = list.getItems().size();
        if (size > 0) {
            int at = Math.floorMod(list.getSelectionModel().getSelectedIndex() + step, size);
            list.getSelectionModel().select(at);
            list.scrollTo(at);
        }
    }

    private void pickSelected() {
        PersonChoice chosen = list.getSelectionModel().getSelectedItem();
        if (chosen != null) {
            form.pick(chosen);
        } else {
            form.pickTyped();
        }
        input.requestFocus();
    }

    private void suggestionsChanged() {
        list.getItems().setAll(form.suggestions());
        if (list.getItems().isEmpty() || !input.isFocused() || input.getScene() == null) {
            popup.hide();
            return;
        }
        list.getSelectionModel().select(0);
        // Room for every row without a scroll bar, as wide as the field: long names with their details fit.
        list.setPrefHeight(list.getItems().size() * ROW + 8);
        list.setPrefWidth(Math.max(360, box.getWidth()));
        if (!popup.isShowing()) {
            popup.getScene().getStylesheets().setAll(input.getScene().getStylesheets());
            Bounds at = box.localToScreen(box.getBoundsInLocal());
            popup.show(input, at.getMinX(), at.getMaxY() + 2);
        }
    }

    /** A suggestion: the name with the nickname and organisation muted, or "Add … as a new person". */
    private static final class SuggestionCell extends ListCell<PersonChoice> {
        @Override
        protected void updateItem(PersonChoice item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            if (item.isNew()) {
                setText(null);
                Label add = new Label("Add “" + item.name() + "” as a new person", new FontIcon(Feather.USER_PLUS));
                add.getStyleClass().add("kith-suggestion-new");
                setGraphic(add);
                return;
            }
            Label name = new Label(item.name());
            HBox row = new HBox(8, name);
            String detail = item.nickname() == null ? item.detail()
                    : item.detail() == null ? item.nickname() : item.nickname() + " · " + item.detail();
            if (detail != null) {
                Label muted = new Label(detail);
                muted.getStyleClass().add(Styles.TEXT_MUTED);
                row.getChildren().add(muted);
            }
            setText(null);
            setGraphic(row);
        }
    }
}
