package app.kith.ui.shell;

import app.kith.ui.common.Icons;
import app.kith.ui.common.Tips;
import atlantafx.base.theme.Styles;
import javafx.animation.PauseTransition;
import javafx.event.EventHandler;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;

/**
 * The small bar at the bottom of the window that says what was just done, with an Undo button,
 * for a few seconds. It floats over the screen without taking its space, and takes no keyboard
 * focus away from what the user was doing (Shortcut+Z undoes from anywhere, through the Edit menu).
 */
final class UndoBar {

    /** Long enough to read the sentence and reach for the button; short enough not to linger. */
    static final Duration SHOWN_FOR = Duration.seconds(8);
    /** The message's style when it says that an undo failed. */
    private static final String PROBLEM = "kith-undo-problem";

    private final UndoViewModel model;
    private final Label message = new Label();
    private final Button undo = new Button("Undo");
    private final HBox bar;
    private final StackPane layer;
    private final PauseTransition timer;

    UndoBar(UndoViewModel model, Duration shownFor) {
        this.model = model;
        message.setId("undo-message");
        message.getStyleClass().add("kith-undo-text");
        message.setMinWidth(0);
        undo.setId("undo-button");
        undo.setFocusTraversable(false);
        undo.getStyleClass().addAll(Styles.SMALL, Styles.ACCENT);
        undo.setOnAction(event -> model.undo());
        Tips.install(undo, "Undo (" + KeyCombination.keyCombination("Shortcut+Z").getDisplayText() + ")");
        Button close = new Button(null, Icons.icon(Feather.X));
        close.setId("undo-dismiss");
        close.setFocusTraversable(false);
        close.getStyleClass().addAll(Styles.SMALL, Styles.FLAT, Styles.BUTTON_ICON);
        close.setAccessibleText("Dismiss");
        close.setOnAction(event -> model.dismiss());
        Tips.install(close, "Dismiss");

        bar = new HBox(message, undo, close);
        bar.setId("undo-bar");
        bar.getStyleClass().add("kith-undo-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setMaxSize(HBox.USE_PREF_SIZE, HBox.USE_PREF_SIZE);
        layer = new StackPane(bar);
        layer.setAlignment(Pos.BOTTOM_CENTER);
        layer.setPickOnBounds(false);
        layer.getStyleClass().add("kith-undo-layer");

        timer = new PauseTransition(shownFor);
        model.currentProperty().addListener((observable, was, now) -> show(now));
        show(model.currentProperty().get());
    }

    /**
     * The window's key filter: Shortcut+Z undoes the offered action, except in a text field, where
     * it undoes typing as the user expects. (A menu accelerator would take the key from every text
     * field, even while disabled.)
     */
    static EventHandler<KeyEvent> shortcut(UndoViewModel model) {
        KeyCombination keys = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
        return event -> {
            if (keys.match(event) && model.offeringProperty().get()
                    && !(event.getTarget() instanceof TextInputControl)) {
                model.undo();
                event.consume();
            }
        };
    }

    /** A transparent layer to stack over the content; only the bar itself takes clicks. */
    Node node() {
        return layer;
    }

    private void show(UndoViewModel.Offer offer) {
        timer.stop();
        bar.setVisible(offer != null);
        if (offer == null) {
            return;
        }
        message.setText(offer.message());
        undo.setVisible(offer.canUndo());
        undo.setManaged(offer.canUndo());
        message.getStyleClass().remove(PROBLEM);
        if (!offer.canUndo()) {
            message.getStyleClass().add(PROBLEM);
        }
        bar.setAccessibleText(offer.message() + (offer.canUndo() ? ". Undo is available." : ""));
        timer.setOnFinished(event -> model.expire(offer));
        timer.playFromStart();
    }
}
