package app.kith.ui.help;

import app.kith.insight.HowKithReads.Topic;
import app.kith.ui.common.Dialogs;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Help › How Kith reads relationships: a short page, one idea after another, each with its live example. */
public final class HowKithReadsDialog {

    private static final double WIDTH = 720;
    private static final double HEIGHT = 680;

    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final VBox topicsBox = new VBox();

    public HowKithReadsDialog(Window owner, HowKithReadsViewModel model) {
        dialog.setTitle("How Kith reads relationships");
        Label lead = new Label("Kith reads each relationship from what you log: how often you talk, how personal it"
                + " gets, who reaches out, and the favours between you. Every figure is explained the same way on"
                + " the person's page.");
        lead.setWrapText(true);
        lead.getStyleClass().add("kith-lead");
        Label source = new Label();
        source.setId("how-source");
        source.setWrapText(true);
        source.getStyleClass().add("kith-muted");
        source.textProperty().bind(model.sourceProperty());
        topicsBox.setId("how-topics");
        topicsBox.getStyleClass().add("kith-how-topics");
        model.topics().addListener((ListChangeListener<Topic>) change -> fill(model));
        VBox content = new VBox(lead, source, topicsBox);
        content.getStyleClass().addAll("kith-dialog-content", "kith-how");
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        dialog.getDialogPane().setContent(scroll);
        dialog.getDialogPane().setPrefSize(WIDTH, HEIGHT);
        dialog.setResizable(true);
        // As with the main window (JDK-8316423), GTK's first configure can shrink a dialog to a sliver: size it
        // again once it is on screen.
        dialog.setOnShown(event -> Platform.runLater(() -> {
            dialog.setWidth(WIDTH);
            dialog.setHeight(HEIGHT);
        }));
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        Dialogs.dress(dialog, owner);
        model.show();
        fill(model);
    }

    public void show() {
        dialog.show();
    }

    private void fill(HowKithReadsViewModel model) {
        topicsBox.getChildren().clear();
        for (Topic topic : model.topics()) {
            Label title = new Label(topic.title());
            title.getStyleClass().add("kith-how-title");
            Label plain = new Label(topic.plain());
            plain.setWrapText(true);
            Label example = new Label(topic.example() == null ? "No one in the journal shows this yet."
                    : topic.example());
            example.setWrapText(true);
            example.getStyleClass().addAll("kith-how-example", topic.example() == null ? "kith-subtle" : "kith-muted");
            VBox block = new VBox(4, title, plain, example);
            block.setAccessibleText(topic.title());
            topicsBox.getChildren().add(block);
        }
    }
}
