package app.kith.ui.exchange;

import app.kith.ui.common.Dialogs;
import app.kith.ui.common.Icons;
import app.kith.ui.exchange.ArchiveViewModel.State;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;

/**
 * The import or export under way: a bar, what is being done, and Stop; then the outcome in a sentence,
 * with a refused archive's problems listed, and Close.
 */
public final class ArchiveDialog {

    static final ButtonType STOP = new ButtonType("Stop", ButtonData.CANCEL_CLOSE);

    private final ArchiveViewModel model;
    private final Dialog<Void> dialog = new Dialog<>();
    private final HBox header = new HBox();
    private final VBox words = new VBox(2);
    private final VBox content = new VBox();
    private final ProgressBar bar = new ProgressBar();
    private final Label message = new Label();
    private final VBox problemLines = new VBox(4);
    private final ScrollPane problems = new ScrollPane(problemLines);

    public ArchiveDialog(ArchiveViewModel model, Window owner) {
        this.model = model;
        dialog.titleProperty().bind(model.titleProperty());
        Label heading = new Label();
        heading.textProperty().bind(model.titleProperty());
        heading.getStyleClass().add("kith-archive-heading");
        Label file = new Label();
        file.textProperty().bind(model.fileProperty().map(path -> String.valueOf(path.getFileName())));
        file.getStyleClass().addAll("kith-muted", "kith-small");
        words.getChildren().setAll(heading, file);
        header.getStyleClass().add("kith-archive-header");

        bar.setId("archive-progress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(model.fractionProperty());
        message.setId("archive-message");
        message.getStyleClass().addAll("kith-muted", "kith-small");
        message.textProperty().bind(model.messageProperty());
        problems.setId("archive-problems");
        problems.getStyleClass().add("kith-archive-problems");
        problems.setFitToWidth(true);
        problems.setPrefHeight(200);
        problemLines.getStyleClass().add("kith-archive-problem-lines");
        // Each problem wraps in full: a path and a reason can be long.
        model.problems().addListener((javafx.collections.ListChangeListener<String>) change -> {
            problemLines.getChildren().clear();
            for (String problem : model.problems()) {
                Label line = new Label(problem);
                line.setWrapText(true);
                line.setMinHeight(Region.USE_PREF_SIZE);
                line.getStyleClass().add("kith-archive-problem");
                problemLines.getChildren().add(line);
            }
        });

        content.getStyleClass().addAll("kith-dialog-content", "kith-archive");
        content.setPrefWidth(520);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setId("archive-dialog");
        Dialogs.dress(dialog, owner);
        model.stateProperty().addListener((observable, was, now) -> show(now));
        show(model.stateProperty().get());
    }

    public void show() {
        dialog.show();
    }

    private void show(State state) {
        if (state == State.WORKING || state == State.IDLE) {
            header.getChildren().setAll(Icons.icon(Feather.ARCHIVE), words);
            header.getStyleClass().removeAll("kith-archive-done", "kith-archive-trouble");
            content.getChildren().setAll(header, bar, message);
            dialog.getDialogPane().getButtonTypes().setAll(STOP);
            Button stop = (Button) dialog.getDialogPane().lookupButton(STOP);
            stop.setId("archive-stop");
            stop.disableProperty().bind(model.stoppingProperty());
            // Stop asks the work; the dialog stays until the work has answered.
            stop.addEventFilter(ActionEvent.ACTION, event -> {
                event.consume();
                model.stop();
            });
            dialog.getDialogPane().getScene().getWindow().setOnCloseRequest(event -> {
                if (model.stateProperty().get() == State.WORKING) {
                    event.consume();
                    model.stop();
                }
            });
            return;
        }
        boolean good = state == State.DONE || state == State.STOPPED;
        header.getChildren().setAll(Icons.icon(state == State.DONE ? Feather.CHECK_CIRCLE
                : state == State.STOPPED ? Feather.SLASH : Feather.ALERT_TRIANGLE), words);
        header.getStyleClass().add(good ? "kith-archive-done" : "kith-archive-trouble");
        content.getChildren().setAll(header, outcome());
        if (state == State.PROBLEMS) {
            Label fix = new Label("Correct these in the file, or export it again from the Kith it came from,"
                    + " then import it again.");
            fix.setWrapText(true);
            fix.setMinHeight(Region.USE_PREF_SIZE);
            fix.getStyleClass().addAll("kith-muted", "kith-small");
            content.getChildren().addAll(problems, fix);
        }
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        dialog.getDialogPane().lookupButton(ButtonType.CLOSE).setId("archive-close");
        dialog.getDialogPane().getScene().getWindow().sizeToScene();
    }

    private Node outcome() {
        Label sentence = new Label();
        sentence.setId("archive-outcome");
        sentence.textProperty().bind(model.outcomeProperty());
        sentence.setWrapText(true);
        // A wrapped label in a dialog sized to its content would otherwise be cut to one line.
        sentence.setMinHeight(Region.USE_PREF_SIZE);
        sentence.getStyleClass().add("kith-archive-outcome");
        return sentence;
    }
}
