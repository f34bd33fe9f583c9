package app.kith.ui.log;

import java.util.Locale;
import app.kith.ui.common.DayText;
import app.kith.domain.Channel;
import app.kith.domain.Depth;
import app.kith.domain.FavourDirection;
import app.kith.domain.Initiator;
import app.kith.ui.common.Dialogs;
import app.kith.ui.common.Shown;
import atlantafx.base.theme.Styles;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.ListChangeListener;
import javafx.event.ActionEvent;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Log dialog (DESIGN.md): who, when, channel, depth with its sentence, who started it, minutes, notes,
 * favours and a follow-up, in the order a conversation is remembered. Enter saves (Shortcut+Enter from the
 * notes), Esc cancels; the dialog closes once the entry is written and stays open with the reason otherwise.
 */
public final class LogDialog {

    public static final ButtonType SAVE = new ButtonType("Save", ButtonBar.ButtonData.OK_DONE);
    public static final ButtonType DELETE = new ButtonType("Delete", ButtonBar.ButtonData.LEFT);
    private static final KeyCombination SHORTCUT_ENTER = new KeyCodeCombination(KeyCode.ENTER,
            KeyCombination.SHORTCUT_DOWN);

    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final LogViewModel form;
    private final PeopleField people;
    private final DatePicker date = new DatePicker();
    private final VBox favourRows = new VBox(8);

    public LogDialog(LogViewModel form, Window owner) {
        this.form = form;
        this.people = new PeopleField(form);
        boolean favourMode = form.modeProperty().get() == LogViewModel.Mode.FAVOUR;
        dialog.setTitle(favourMode ? "Log a favour" : "Log a conversation");
        dialog.getDialogPane().setContent(content(favourMode));
        dialog.getDialogPane().getStyleClass().add("kith-log-dialog");
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.CANCEL, SAVE);
        Button save = (Button) dialog.getDialogPane().lookupButton(SAVE);
        save.setId("log-save");
        save.getStyleClass().add(Styles.ACCENT);
        save.disableProperty().bind(form.busyProperty().or(form.readyProperty().not()));
        save.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            save();
        });
        ((Button) dialog.getDialogPane().lookupButton(ButtonType.CANCEL)).setId("log-cancel");
        dialog.getDialogPane().addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (SHORTCUT_ENTER.match(event)) {
                event.consume();
                save();
            }
        });
        if (form.editingProperty().get()) {
            offerDelete();
        } else {
            form.editingProperty().addListener((observable, was, editing) -> {
                if (editing) {
                    offerDelete();
                }
            });
        }
        Dialogs.closeWhenDone(dialog, form.doneProperty(), SAVE);
        Dialogs.dress(dialog, owner);
        Dialogs.growWithContent(dialog);
    }

    /** @param closed runs once the dialog is gone, saved or cancelled */
    public void show(Runnable closed) {
        dialog.setOnHidden(event -> closed.run());
        dialog.show();
        Platform.runLater(() -> people.input().requestFocus());
    }

    private void save() {
        commitTypedDate();
        form.save();
    }

    /** The date picker keeps typed text until it loses focus: read it now, so Enter saves what is shown. */
    private void commitTypedDate() {
        String text = date.getEditor().getText();
        try {
            LocalDate typed = text == null || text.isBlank() ? null : date.getConverter().fromString(text);
            date.setValue(typed);
            form.dateNotUnderstood(false);
        } catch (DateTimeParseException e) {
            form.dateNotUnderstood(true);
        }
    }

    private void offerDelete() {
        dialog.setTitle(form.modeProperty().get() == LogViewModel.Mode.FAVOUR ? "Edit the favour"
                : "Edit the conversation");
        dialog.getDialogPane().getButtonTypes().add(0, DELETE);
        Button delete = (Button) dialog.getDialogPane().lookupButton(DELETE);
        delete.setId("log-delete");
        delete.setGraphic(new FontIcon(Feather.TRASH_2));
        delete.getStyleClass().add(Styles.DANGER);
        delete.disableProperty().bind(form.busyProperty());
        delete.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            form.delete();
        });
    }

    private Node content(boolean favourMode) {
        GridPane grid = new GridPane();
        grid.getStyleClass().addAll("kith-form", "kith-log-form");
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        grid.getColumnConstraints().addAll(labels, fields);
        Rows rows = new Rows(grid);
        rows.add(favourMode ? "With" : "With", people.node(), "log-people-error", form.peopleErrorProperty());
        rows.add("When", when(favourMode), "log-date-error", form.dateErrorProperty());
        if (!favourMode) {
            conversationRows(rows);
        }
        rows.add(favourMode ? "Favour" : "Favours", favours(favourMode), null, null);
        rows.add("Follow-up", followUp(), "log-follow-up-error", form.followUpErrorProperty());
        Label problem = errorLabel("log-problem", form.problemProperty());
        // The platform's own modifier (Ctrl, ⌘), with the key named as on the line before ("↵" is easily missed).
        String saveFromNotes = SHORTCUT_ENTER.getDisplayText().replace("↵", "Enter");
        Label hint = new Label("Enter saves · Esc cancels" + (favourMode ? "" : " · " + saveFromNotes
                + " saves from the notes"));
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        VBox box = new VBox(4, grid, problem, hint);
        box.getStyleClass().add("kith-log-content");
        return box;
    }

    private void conversationRows(Rows rows) {
        ChoiceRow<Channel> channel = new ChoiceRow<>("log-channel", List.of(Channel.values()),
                form.channelProperty(), Channel::label, false);
        rows.add("Channel", channel.node(), "log-channel-error", form.channelErrorProperty());
        rows.add("Depth", depth(), "log-depth-error", form.depthErrorProperty());
        rows.add("Started", started(), "log-minutes-error", form.minutesErrorProperty());
        TextArea notes = new TextArea();
        notes.setId("log-notes");
        notes.setPromptText("What you talked about, what matters to them");
        notes.setPrefRowCount(3);
        notes.setWrapText(true);
        notes.textProperty().bindBidirectional(form.notesProperty());
        notes.addEventFilter(KeyEvent.KEY_PRESSED, LogDialog::tabLeavesTheNotes);
        rows.add("Notes", notes, null, null);
    }

    private Node when(boolean favourMode) {
        date.setId("log-date");
        date.setEditable(true);
        date.setConverter(new DayText(Locale.getDefault(Locale.Category.FORMAT)));
        date.setPrefWidth(150);
        date.valueProperty().bindBidirectional(form.dateProperty());
        date.getEditor().focusedProperty().addListener((observable, was, focused) -> {
            if (!focused) {
                commitTypedDate();
            }
        });
        if (favourMode) {
            return date;
        }
        TextField time = new TextField();
        time.setId("log-time");
        // Only the example, as the minutes field has: "Time, e.g. 18:30" was cut off in a field sized for a time.
        time.setPromptText("e.g. 18:30");
        time.setAccessibleText("Time");
        time.setTooltip(new Tooltip("Time of day, e.g. 18:30 (may be left empty)"));
        time.setPrefColumnCount(8);
        time.textProperty().bindBidirectional(form.timeProperty());
        Label timeError = errorLabel("log-time-error", form.timeErrorProperty());
        HBox row = new HBox(8, date, time, timeError);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private Node depth() {
        ChoiceRow<Depth> depth = new ChoiceRow<>("log-depth", List.of(Depth.values()), form.depthProperty(),
                Depth::label, false);
        for (Depth level : Depth.values()) {
            Region swatch = new Region();
            swatch.getStyleClass().addAll("kith-depth-swatch", "kith-depth-" + level.code());
            depth.button(level).setGraphic(swatch);
        }
        Label sentence = new Label();
        sentence.setId("log-depth-sentence");
        sentence.getStyleClass().add("kith-depth-sentence");
        sentence.setWrapText(true);
        sentence.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            Depth chosen = form.depthProperty().get();
            return chosen == null ? "From chit to chat: press S, C, P or D."
                    : chosen.label() + " — " + Character.toLowerCase(chosen.sentence().charAt(0))
                    + chosen.sentence().substring(1);
        }, form.depthProperty()));
        return new VBox(4, depth.node(), sentence);
    }

    private Node started() {
        ChoiceRow<Initiator> initiator = new ChoiceRow<>("log-started", List.of(Initiator.values()),
                form.initiatedByProperty(), Initiator::label, true);
        Label minutesLabel = new Label("Minutes");
        TextField minutes = new TextField();
        minutes.setId("log-minutes");
        minutes.setPrefColumnCount(4);
        minutes.setPromptText("e.g. 45");
        minutes.textProperty().bindBidirectional(form.minutesProperty());
        minutesLabel.setLabelFor(minutes);
        Region gap = new Region();
        gap.setMinWidth(16);
        HBox row = new HBox(8, initiator.node(), gap, minutesLabel, minutes);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private Node favours(boolean favourMode) {
        form.favours().addListener((ListChangeListener<FavourForm>) change -> showFavours(favourMode));
        showFavours(favourMode);
        if (favourMode) {
            return favourRows;
        }
        Button gave = new Button("I gave", new FontIcon(Feather.PLUS));
        gave.setId("log-add-gave");
        gave.setOnAction(event -> focusNew(form.addFavour(FavourDirection.GIVEN)));
        Button received = new Button("I received", new FontIcon(Feather.PLUS));
        received.setId("log-add-received");
        received.setOnAction(event -> focusNew(form.addFavour(FavourDirection.RECEIVED)));
        gave.getStyleClass().add(Styles.SMALL);
        received.getStyleClass().add(Styles.SMALL);
        HBox buttons = new HBox(8, gave, received);
        return new VBox(8, favourRows, buttons);
    }

    private void showFavours(boolean favourMode) {
        favourRows.getChildren().clear();
        for (int i = 0; i < form.favours().size(); i++) {
            FavourForm favour = form.favours().get(i);
            favourRows.getChildren().add(new FavourRowView(favour, form.people(), i, !favourMode,
                    () -> form.removeFavour(favour)).node());
        }
        favourRows.setVisible(!favourRows.getChildren().isEmpty());
        favourRows.setManaged(favourRows.isVisible());
        if (dialog.getDialogPane().getScene() != null && dialog.isShowing()) {
            Platform.runLater(() -> dialog.getDialogPane().getScene().getWindow().sizeToScene());
        }
    }

    /** A new favour row takes the focus on its description, the one thing nearly always typed. */
    private void focusNew(FavourForm favour) {
        int index = form.favours().indexOf(favour);
        Platform.runLater(() -> {
            Node field = favourRows.lookup("#log-favour-" + index + "-description");
            if (field != null) {
                field.requestFocus();
            }
        });
    }

    private Node followUp() {
        DatePicker due = new DatePicker();
        due.setId("log-follow-up-date");
        due.setEditable(true);
        due.setConverter(new DayText(Locale.getDefault(Locale.Category.FORMAT)));
        due.setPrefWidth(150);
        due.setPromptText("Date");
        due.valueProperty().bindBidirectional(form.followUpDateProperty());
        TextField text = new TextField();
        text.setId("log-follow-up-text");
        text.setPromptText("What next, e.g. send the article");
        text.textProperty().bindBidirectional(form.followUpTextProperty());
        HBox.setHgrow(text, Priority.ALWAYS);
        // With several people, whose follow-up it is (the first one's unless another is chosen).
        ComboBox<PersonChoice> whose = new ComboBox<>(form.people());
        whose.setId("log-follow-up-person");
        whose.setAccessibleText("Whose follow-up");
        whose.setButtonCell(new FavourRowView.NameCell());
        whose.setCellFactory(list -> new FavourRowView.NameCell());
        whose.valueProperty().bindBidirectional(form.followUpPersonProperty());
        Shown.shownWhile(whose, Bindings.size(form.people()).greaterThan(1));
        HBox row = new HBox(8, due, whose, text);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /** Tab moves on from the notes, as from every other field (a tab character is never wanted there). */
    private static void tabLeavesTheNotes(KeyEvent event) {
        if (event.getCode() == KeyCode.TAB && !event.isControlDown() && event.getTarget() instanceof Node node) {
            event.consume();
            node.fireEvent(new KeyEvent(event.getSource(), event.getTarget(), event.getEventType(),
                    event.getCharacter(), event.getText(), event.getCode(), event.isShiftDown(), true,
                    event.isAltDown(), event.isMetaDown()));
        }
    }

    /** A message beside a field: danger-coloured, taking no room while there is none. */
    static Label errorLabel(String id, ObservableStringValue message) {
        Label error = new Label();
        error.setId(id);
        error.getStyleClass().add("kith-field-error");
        error.setWrapText(true);
        error.textProperty().bind(message);
        Shown.shownWhile(error, error.textProperty().isNotEmpty());
        return error;
    }

    /** Adds the form's rows: a label, the field, and the field's message under it. */
    private static final class Rows {
        private final GridPane grid;
        private int row;

        Rows(GridPane grid) {
            this.grid = grid;
        }

        void add(String name, Node field, String errorId, ObservableStringValue error) {
            Label label = new Label(name);
            label.getStyleClass().add("kith-log-label");
            label.setLabelFor(field);
            GridPane.setValignment(label, javafx.geometry.VPos.TOP);
            VBox cell = new VBox(2, field);
            if (errorId != null) {
                cell.getChildren().add(errorLabel(errorId, error));
            }
            grid.addRow(row++, label, cell);
        }
    }
}
