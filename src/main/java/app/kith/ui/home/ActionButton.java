package app.kith.ui.home;

import app.kith.ui.common.Icons;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;

/** A big action on the first-start page: an icon, a title and a line saying what it does. */
final class ActionButton {

    private ActionButton() {
    }

    /**
     * @param hint a short note at the right edge (a shortcut), or null
     * @param badge whether the hint is a state ("Coming soon") rather than a shortcut
     */
    static Button create(Ikon ikon, String title, String detail, String hint, boolean badge) {
        StackPane iconBox = new StackPane(Icons.icon(ikon));
        iconBox.getStyleClass().add("kith-action-icon");
        Label titleLabel = new Label(title);
        titleLabel.getStyleClass().add("kith-action-title");
        Label detailLabel = new Label(detail);
        detailLabel.getStyleClass().add("kith-action-detail");
        // One line that shortens with an ellipsis: a wrapping label inside a button's graphic
        // would make the button measure itself as if it were one word wide, and very tall.
        detailLabel.setMinWidth(0);
        titleLabel.setMinWidth(0);
        VBox text = new VBox(2, titleLabel, detailLabel);
        text.setMinWidth(0);
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox body = new HBox(iconBox, text);
        body.getStyleClass().add("kith-action-body");
        if (hint != null) {
            Label hintLabel = new Label(hint);
            hintLabel.getStyleClass().add(badge ? "kith-badge" : "kith-action-hint");
            hintLabel.setMinWidth(Region.USE_PREF_SIZE);
            body.getChildren().add(hintLabel);
        }

        Button button = new Button(title, body);
        button.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        button.getStyleClass().add("kith-action");
        button.setMaxWidth(Double.MAX_VALUE);
        button.setAccessibleText(title);
        button.setAccessibleHelp(detail);
        body.prefWidthProperty().bind(button.widthProperty().subtract(32));
        return button;
    }
}
