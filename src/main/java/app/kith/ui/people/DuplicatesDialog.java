package app.kith.ui.people;

import app.kith.ui.common.Dialogs;
import app.kith.ui.common.Icons;
import app.kith.ui.common.Shown;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;

/**
 * People › Find duplicates: each pair of people who may be one, with why, a choice of whom to keep and
 * Merge. It stays open beside the window (not modal), so that the undo bar at the window's foot can take
 * a merge back; it follows the journal while open.
 */
public final class DuplicatesDialog {

    private final DuplicatesViewModel model;
    private final Dialog<Void> dialog = new Dialog<>();
    private final VBox rows = new VBox(8);

    public DuplicatesDialog(DuplicatesViewModel model, Window owner) {
        this.model = model;
        dialog.setTitle("Find duplicates");
        dialog.getDialogPane().setId("duplicates-dialog");
        dialog.getDialogPane().setContent(content());
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        dialog.getDialogPane().lookupButton(ButtonType.CLOSE).setId("duplicates-close");
        Dialogs.dress(dialog, owner);
        dialog.initModality(Modality.NONE);
        dialog.setOnHidden(event -> model.close());
        model.pairs().addListener((ListChangeListener<DuplicateRow>) change -> showRows());
    }

    public void show() {
        model.open();
        dialog.show();
    }

    /** True while the dialog is on the screen. */
    public boolean isShowing() {
        return dialog.isShowing();
    }

    /** Brings the dialog in front of the window again. */
    public void toFront() {
        if (dialog.getDialogPane().getScene().getWindow() instanceof Stage stage) {
            stage.toFront();
        }
    }

    private VBox content() {
        Label heading = new Label("Find duplicates");
        heading.getStyleClass().add("kith-archive-heading");
        Label explanation = new Label("People who may be one person: the same email, the same phone, or similar"
                + " names. Merge keeps every conversation, favour, follow-up and detail of both.");
        explanation.setWrapText(true);
        explanation.setMinHeight(Region.USE_PREF_SIZE);
        explanation.getStyleClass().addAll("kith-muted", "kith-small");
        HBox header = new HBox(Icons.icon(Feather.COPY), new VBox(2, heading, explanation));
        header.getStyleClass().add("kith-archive-header");

        rows.setId("duplicates-pairs");
        rows.getStyleClass().add("kith-duplicates-list");
        ScrollPane scroll = new ScrollPane(rows);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("kith-archive-problems");
        scroll.setPrefHeight(360);
        Label none = new Label("No one in the journal looks like someone else.");
        none.setId("duplicates-none");
        none.getStyleClass().add("kith-muted");
        Label reading = new Label("Looking for people who may be one…");
        reading.getStyleClass().add("kith-muted");
        StackPane body = new StackPane(scroll, none, reading);
        VBox.setVgrow(body, Priority.ALWAYS);
        scroll.visibleProperty().bind(model.stateProperty().isEqualTo(DuplicatesViewModel.State.PAIRS));
        none.visibleProperty().bind(model.stateProperty().isEqualTo(DuplicatesViewModel.State.NONE));
        reading.visibleProperty().bind(model.stateProperty().isEqualTo(DuplicatesViewModel.State.READING));

        Label message = new Label();
        message.setId("duplicates-message");
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.textProperty().bind(model.messageProperty());
        Shown.shownWhile(message, model.messageProperty().isNotEmpty());

        VBox content = new VBox(header, body, message);
        content.getStyleClass().addAll("kith-dialog-content", "kith-archive");
        content.setPrefWidth(640);
        return content;
    }

    private void showRows() {
        rows.getChildren().setAll(model.pairs().stream().map(this::row).toList());
    }

    private Node row(DuplicateRow pair) {
        Label title = new Label(pair.title());
        title.getStyleClass().add("kith-duplicate-title");
        title.setWrapText(true);
        Label why = new Label(pair.why());
        why.getStyleClass().addAll("kith-muted", "kith-small");
        ToggleGroup keep = new ToggleGroup();
        VBox choices = new VBox(4, choice(pair, pair.first(), keep), choice(pair, pair.second(), keep));
        Button merge = new Button("Merge");
        merge.setMinWidth(Region.USE_PREF_SIZE);
        merge.getStyleClass().add("kith-duplicate-merge");
        merge.setAccessibleText("Merge " + pair.title());
        merge.disableProperty().bind(model.busyProperty());
        merge.setOnAction(event -> model.merge(pair));
        HBox.setHgrow(choices, Priority.ALWAYS);
        HBox line = new HBox(12, choices, merge);
        line.getStyleClass().add("kith-duplicate-choice");
        VBox row = new VBox(4, title, why, line);
        row.getStyleClass().add("kith-duplicate");
        return row;
    }

    private static RadioButton choice(DuplicateRow pair, DuplicateRow.Someone someone, ToggleGroup group) {
        RadioButton keep = new RadioButton("Keep " + someone.name()
                + (someone.detail().isEmpty() ? "" : " (" + someone.detail() + ")"));
        keep.setToggleGroup(group);
        keep.setWrapText(true);
        keep.setSelected(someone.id().equals(pair.keepProperty().get()));
        keep.selectedProperty().addListener((observable, was, now) -> {
            if (now) {
                pair.keepProperty().set(someone.id());
            }
        });
        return keep;
    }
}
