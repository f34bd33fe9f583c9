package app.kith.ui.home;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * One item of a Today card as one focusable button: a name, what it is about, and a note at the right edge
 * ("in 8 days"); Enter, Space or a click does what the item leads to.
 */
final class TodayRow {

    private TodayRow() {
    }

    /**
     * @param leading a small mark at the left edge, or null
     * @param trailing the note at the right edge, or "" for none
     */
    static Button create(Node leading, String title, String detail, String trailing, Runnable action) {
        Label titleLabel = new Label(title);
        titleLabel.getStyleClass().add("kith-today-name");
        titleLabel.setMinWidth(Region.USE_PREF_SIZE);
        Label detailLabel = new Label(detail);
        detailLabel.getStyleClass().add("kith-today-detail");
        detailLabel.setMinWidth(0);
        HBox.setHgrow(detailLabel, Priority.ALWAYS);
        detailLabel.setMaxWidth(Double.MAX_VALUE);
        HBox body = new HBox(titleLabel, detailLabel);
        body.getStyleClass().add("kith-today-row-body");
        if (leading != null) {
            body.getChildren().add(0, leading);
        }
        if (!trailing.isEmpty()) {
            Label note = new Label(trailing);
            note.getStyleClass().add("kith-today-note");
            note.setMinWidth(Region.USE_PREF_SIZE);
            body.getChildren().add(note);
        }
        Button button = new Button(title, body);
        button.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        button.getStyleClass().add("kith-today-row");
        button.setMaxWidth(Double.MAX_VALUE);
        button.setMnemonicParsing(false);
        button.setAccessibleText(String.join(", ", title, detail, trailing).replaceAll(", $", ""));
        body.prefWidthProperty().bind(button.widthProperty().subtract(16));
        body.setMinWidth(0);
        button.setOnAction(event -> action.run());
        return button;
    }
}
