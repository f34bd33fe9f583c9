package app.kith.ui.exchange;

import app.kith.store.MatchChoice;
import app.kith.ui.common.Dialogs;
import app.kith.ui.common.Icons;
import app.kith.ui.common.ListFocus;
import app.kith.ui.exchange.ContactImportViewModel.State;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;

/**
 * The contacts import in one dialog: reading, then the preview (who would be added, each match with
 * what a merge would change and a choice, the rejected records), then saving with Stop, then the outcome.
 */
public final class ContactImportDialog {

    static final ButtonType IMPORT = new ButtonType("Import", ButtonData.OK_DONE);
    static final ButtonType STOP = new ButtonType("Stop", ButtonData.CANCEL_CLOSE);
    static final ButtonType PREVIEW = new ButtonType("Preview", ButtonData.NEXT_FORWARD);

    private final ContactImportViewModel model;
    private final Dialog<Void> dialog = new Dialog<>();
    private final VBox content = new VBox();
    private final Label heading = new Label();

    public ContactImportDialog(ContactImportViewModel model, Window owner) {
        this.model = model;
        dialog.setTitle("Import contacts");
        heading.getStyleClass().add("kith-archive-heading");
        content.getStyleClass().addAll("kith-dialog-content", "kith-archive");
        content.setPrefWidth(640);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setId("contacts-dialog");
        Dialogs.dress(dialog, owner);
        model.stateProperty().addListener((observable, was, now) -> show(now));
        // The next file's columns come while the state stays MAPPING.
        model.columns().addListener((ListChangeListener<ColumnRow>) change -> {
            if (model.stateProperty().get() == State.MAPPING) {
                show(State.MAPPING);
            }
        });
        show(model.stateProperty().get());
    }

    public void show() {
        dialog.show();
    }

    private void show(State state) {
        switch (state) {
            case READING, SAVING -> working(state == State.READING ? "Reading the contacts" : "Importing contacts");
            case MAPPING -> mapping();
            case PREVIEW -> preview();
            case REFUSED -> ended(Feather.ALERT_TRIANGLE, "Nothing can be imported", lines(model.refused(),
                    "contacts-refused"), "kith-archive-trouble");
            case DONE -> ended(Feather.CHECK_CIRCLE, "Import finished", outcome(), "kith-archive-done");
            case STOPPED -> ended(Feather.SLASH, "Import stopped", outcome(), "kith-archive-done");
            case FAILED -> ended(Feather.ALERT_TRIANGLE, "Import failed", outcome(), "kith-archive-trouble");
        }
        if (dialog.getDialogPane().getScene() != null) {
            dialog.getDialogPane().getScene().getWindow().sizeToScene();
        }
    }

    private HBox header(Feather icon, String title, String style) {
        return header(icon, title, String.join(", ", model.files()), style);
    }

    private HBox header(Feather icon, String title, String subtitle, String style) {
        heading.setText(title);
        Label files = new Label(subtitle);
        files.getStyleClass().addAll("kith-muted", "kith-small");
        HBox header = new HBox(Icons.icon(icon), new VBox(2, heading, files));
        header.getStyleClass().add("kith-archive-header");
        if (style != null) {
            header.getStyleClass().add(style);
        }
        return header;
    }

    private void working(String title) {
        ProgressBar bar = new ProgressBar();
        bar.setId("contacts-progress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(model.fractionProperty());
        Label message = new Label();
        message.getStyleClass().addAll("kith-muted", "kith-small");
        message.textProperty().bind(model.messageProperty());
        content.getChildren().setAll(header(Feather.DOWNLOAD, title, null), bar, message);
        dialog.getDialogPane().getButtonTypes().setAll(STOP);
        Button stop = (Button) dialog.getDialogPane().lookupButton(STOP);
        stop.setId("contacts-stop");
        stop.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            model.stop();
        });
    }

    private void mapping() {
        content.getChildren().setAll(header(Feather.COLUMNS, "Which column holds what?",
                model.mappingFileProperty().get(), null), ColumnMappingView.of(model));
        dialog.getDialogPane().getButtonTypes().setAll(PREVIEW, ButtonType.CANCEL);
        Button next = (Button) dialog.getDialogPane().lookupButton(PREVIEW);
        next.setId("contacts-map");
        next.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            model.mapColumns();
        });
    }

    private void preview() {
        Label summary = new Label(count(model.added().size(), "person", "people") + " would be added, "
                // A match is with someone in the journal or earlier in the same files: the sentence covers both.
                + count(model.matches().size(), "match", "matches") + " by the same email, phone or name, "
                + count(model.rejected().size(), "record", "records") + " rejected. Nothing is written until you"
                + " choose Import.");
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        summary.setId("contacts-summary");
        TabPane tabs = new TabPane(
                tab("New (" + model.added().size() + ")", list(model.added(), "contacts-added")),
                tab("Matches (" + model.matches().size() + ")", matches()),
                tab("Rejected (" + model.rejected().size() + ")", list(model.rejected(), "contacts-rejected")));
        tabs.setId("contacts-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setPrefHeight(340);
        if (!model.matches().isEmpty()) {
            tabs.getSelectionModel().select(1);
        }
        VBox.setVgrow(tabs, Priority.ALWAYS);
        content.getChildren().setAll(header(Feather.DOWNLOAD, "Import contacts", null), summary, tabs);
        dialog.getDialogPane().getButtonTypes().setAll(IMPORT, ButtonType.CANCEL);
        Button importButton = (Button) dialog.getDialogPane().lookupButton(IMPORT);
        importButton.setId("contacts-import");
        importButton.setDisable(model.added().isEmpty() && model.matches().isEmpty());
        importButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            model.importNow();
        });
    }

    private Node matches() {
        VBox rows = new VBox(12);
        rows.setId("contacts-matches");
        rows.getStyleClass().add("kith-archive-problem-lines");
        for (MatchRow row : model.matches()) {
            Label heading = new Label(row.heading());
            heading.setWrapText(true);
            heading.setMinHeight(Region.USE_PREF_SIZE);
            HBox.setHgrow(heading, Priority.ALWAYS);
            heading.setMaxWidth(Double.MAX_VALUE);
            ChoiceBox<MatchChoice> choice = new ChoiceBox<>();
            choice.getItems().setAll(MatchChoice.values());
            choice.setConverter(new StringConverter<>() {
                @Override
                public String toString(MatchChoice value) {
                    return value == null ? "" : value.label();
                }

                @Override
                public MatchChoice fromString(String text) {
                    return null;
                }
            });
            choice.valueProperty().bindBidirectional(row.choiceProperty());
            choice.getStyleClass().add("contacts-choice");
            Label changes = new Label(row.changes().isEmpty() ? "A merge adds nothing new."
                    : "A merge brings in: " + String.join(" · ", row.changes()));
            changes.setWrapText(true);
            changes.setMinHeight(Region.USE_PREF_SIZE);
            changes.getStyleClass().addAll("kith-muted", "kith-small");
            HBox line = new HBox(12, heading, choice);
            rows.getChildren().add(new VBox(4, line, changes));
        }
        ScrollPane scroll = new ScrollPane(rows);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("kith-archive-problems");
        return scroll;
    }

    private void ended(Feather icon, String title, Node body, String style) {
        content.getChildren().setAll(header(icon, title, style), body);
        if (model.stateProperty().get() == State.DONE && !model.rejected().isEmpty()) {
            content.getChildren().add(list(model.rejected(), "contacts-rejected"));
        }
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        dialog.getDialogPane().lookupButton(ButtonType.CLOSE).setId("contacts-close");
    }

    private Node outcome() {
        Label sentence = new Label();
        sentence.setId("contacts-outcome");
        sentence.textProperty().bind(model.outcomeProperty());
        sentence.setWrapText(true);
        sentence.setMinHeight(Region.USE_PREF_SIZE);
        sentence.getStyleClass().add("kith-archive-outcome");
        return sentence;
    }

    private static Tab tab(String title, Node body) {
        return new Tab(title, body);
    }

    private static ListView<String> list(ObservableList<String> items, String id) {
        ListView<String> list = new ListView<>(items);
        list.setId(id);
        ListFocus.followSelection(list);
        list.setPrefHeight(220);
        return list;
    }

    private static Node lines(List<String> sentences, String id) {
        VBox box = new VBox(6);
        box.setId(id);
        for (String sentence : sentences) {
            Label line = new Label(sentence);
            line.setWrapText(true);
            line.setMinHeight(Region.USE_PREF_SIZE);
            line.getStyleClass().add("kith-archive-problem");
            box.getChildren().add(line);
        }
        return box;
    }

    private static String count(int n, String one, String many) {
        return n == 1 ? "1 " + one : ArchiveSummary.number(n) + " " + many;
    }
}
