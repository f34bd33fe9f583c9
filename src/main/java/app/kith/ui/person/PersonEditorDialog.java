package app.kith.ui.person;

import java.util.Locale;
import app.kith.ui.common.DayText;
import app.kith.domain.Ring;
import app.kith.ui.common.Dialogs;
import java.util.Arrays;
import java.util.function.Function;
import javafx.css.PseudoClass;
import javafx.application.Platform;
import javafx.beans.property.StringProperty;
import javafx.event.ActionEvent;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Separator;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * The person editor: identity and contact on the left, the relationship on the right, the long
 * texts under both. Save does not close by itself: the dialog closes once the person is saved,
 * and stays open with the reasons when a field is not right. Enter saves (except in the notes),
 * Esc cancels.
 */
public final class PersonEditorDialog {

    public static final ButtonType SAVE = new ButtonType("Save", ButtonBar.ButtonData.OK_DONE);

    private static final double CONTENT_WIDTH = 960;
    private static final PseudoClass PROMPT = PseudoClass.getPseudoClass("prompt");

    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final PersonEditorViewModel form;
    private final TextField name = new TextField();

    public PersonEditorDialog(PersonEditorViewModel form, Window owner) {
        this.form = form;
        dialog.titleProperty().bind(form.headingProperty());
        dialog.setHeaderText(null);
        dialog.setResizable(true);
        dialog.getDialogPane().setId("person-editor");
        dialog.getDialogPane().getStyleClass().add("kith-person-editor");
        dialog.getDialogPane().setContent(content(owner));
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.CANCEL, SAVE);
        Button save = (Button) dialog.getDialogPane().lookupButton(SAVE);
        save.setId("editor-save");
        save.disableProperty().bind(form.savingProperty().or(form.loadingProperty())
                .or(form.photo().readingProperty()).or(form.loadErrorProperty().isNotNull()));
        save.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            form.save();
        });
        Dialogs.closeWhenDone(dialog, form.savedProperty(), SAVE);
        Dialogs.dress(dialog, owner);
        Dialogs.growWithContent(dialog);
    }

    public void show() {
        dialog.show();
        Platform.runLater(name::requestFocus);
    }

    private Node content(Window owner) {
        HBox columns = new HBox(32, identity(), relationship(owner));
        columns.getChildren().forEach(column -> HBox.setHgrow(column, Priority.ALWAYS));
        Label loadError = FormGrid.errorLabel(form.loadErrorProperty());
        loadError.setId("editor-load-error");
        Label saveError = FormGrid.errorLabel(form.saveErrorProperty());
        saveError.setId("editor-save-error");
        VBox content = new VBox(16, loadError, columns, new Separator(), texts(), saveError);
        content.getStyleClass().add("kith-editor-content");
        // Sized in code: the dialog measures its content before the stylesheet is applied.
        content.setPrefWidth(CONTENT_WIDTH);
        content.setMinWidth(CONTENT_WIDTH);
        return content;
    }

    private Node identity() {
        name.setId("editor-name");
        name.setPromptText("e.g. Maya Cole");
        name.textProperty().bindBidirectional(form.nameProperty());
        TextRowsView emails = new TextRowsView(form.emails(), "editor-email", "name@example.org",
                "email address", form::addEmail, form::removeEmail);
        TextRowsView phones = new TextRowsView(form.phones(), "editor-phone", "+1 555 0100",
                "phone number", form::addPhone, form::removePhone);
        TagField tags = new TagField(form.tags());
        return new FormGrid()
                .add("Name", name, name, form.nameCheck())
                .add("Nickname", text("editor-nickname", form.nicknameProperty(), ""), null, form.nicknameCheck())
                .add("Organisation", text("editor-organization", form.organizationProperty(), ""), null,
                        form.organizationCheck())
                .add("Title", text("editor-title", form.titleProperty(), "e.g. Product designer"), null,
                        form.titleCheck())
                .add("Email", emails.node(), emails.first(), null)
                .add("Phone", phones.node(), phones.first(), null)
                .add("Tags", tags.node(), tags.input(), null)
                .node();
    }

    private Node relationship(Window owner) {
        DateRowsView dates = new DateRowsView(form.dates(), form::addDate, form::removeDate);
        CheckBox kin = new CheckBox("Family");
        kin.setId("editor-kin");
        kin.selectedProperty().bindBidirectional(form.kinProperty());
        TextField cadence = text("editor-cadence", form.cadenceProperty(), "");
        cadence.setPrefWidth(72);
        cadence.setMaxWidth(72);
        Label days = new Label("days (empty: Kith decides)");
        days.getStyleClass().add("kith-muted");
        HBox cadenceRow = new HBox(8, cadence, days);
        cadenceRow.setAlignment(Pos.CENTER_LEFT);
        DatePicker metOn = new DatePicker();
        metOn.setId("editor-met-on");
        metOn.setPromptText("When");
        metOn.setConverter(new DayText(Locale.getDefault(Locale.Category.FORMAT)));
        metOn.valueProperty().bindBidirectional(form.metOnProperty());
        metOn.setMaxWidth(Double.MAX_VALUE);
        return new FormGrid()
                .add("Photo", new PhotoView(form.photo(), form, () -> owner).node(), null, null)
                .add("Birthday", birthday(), null, form.birthdayCheck())
                .add("Dates", dates.node(), dates.firstField(), null)
                .add("Ring", ring(), null, null)
                .add("Cadence", cadenceRow, cadence, form.cadenceCheck())
                .add("Kin", kin, kin, null)
                .add("How we met", text("editor-how-we-met", form.howWeMetProperty(), "e.g. At Sam's wedding"),
                        null, form.howWeMetCheck())
                .add("Met on", metOn, metOn, null)
                .node();
    }

    private Node birthday() {
        return DateParts.of("editor-birthday", form.birthdayDayProperty(), form.birthdayMonthProperty(),
                form.birthdayYearProperty(), form.birthdayCheck());
    }

    private Node ring() {
        ComboBox<Ring> ring = new ComboBox<>();
        ring.setId("editor-ring");
        ring.getItems().add(null);
        ring.getItems().addAll(Arrays.asList(Ring.values()));
        ring.setConverter(converter(value -> value == null ? "Let Kith place them"
                : value.label() + " (" + value.size() + ")"));
        ring.setButtonCell(promptCell(ring, null));
        ring.valueProperty().bindBidirectional(form.ringProperty());
        ring.setMaxWidth(Double.MAX_VALUE);
        return ring;
    }

    private Node texts() {
        HBox row = new HBox(32,
                longText("What matters to them", "editor-matters", form.mattersToThemProperty(),
                        "Interests, needs, goals — what you could help with", form.mattersCheck()),
                longText("Notes", "editor-notes", form.notesProperty(), "Anything worth remembering",
                        form.notesCheck()));
        row.getChildren().forEach(column -> HBox.setHgrow(column, Priority.ALWAYS));
        return row;
    }

    private static VBox longText(String caption, String id, StringProperty value,
                                 String prompt, FieldCheck check) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setPromptText(prompt);
        area.setWrapText(true);
        area.setPrefRowCount(4);
        area.textProperty().bindBidirectional(value);
        Label label = new Label(caption);
        label.getStyleClass().add("kith-editor-label");
        label.setLabelFor(area);
        return new VBox(6, label, FormGrid.withMessage(area, area, check.error(), check));
    }

    static TextField text(String id, StringProperty value, String prompt) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return text.apply(value);
            }

            @Override
            public T fromString(String string) {
                throw new UnsupportedOperationException("The list is not editable");
            }
        };
    }

    /** The closed box shows the chosen item's words (also for "none", which a plain cell leaves blank). */
    static <T> ListCell<T> promptCell(ComboBox<T> box, String whenNone) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                boolean none = item == null && whenNone != null;
                setText(none ? whenNone : box.getConverter().toString(item));
                pseudoClassStateChanged(PROMPT, none);
            }
        };
    }
}
