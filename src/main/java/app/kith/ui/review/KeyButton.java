package app.kith.ui.review;

import app.kith.ui.common.Tips;
import java.util.Locale;
import javafx.scene.control.Button;
import javafx.scene.control.Label;

/** A button that shows the key that does the same ("[L] Log"), so that the keys are learnt by looking. */
final class KeyButton {

    private KeyButton() {
    }

    /**
     * @param key the key as it is shown, e.g. "L", "\u2192", "Esc"
     * @param accessible what the button does, for screen readers and the tooltip, e.g. "Log a conversation"
     */
    static Button of(String id, String text, String key, String accessible, Runnable action) {
        Label keyLabel = new Label(key);
        keyLabel.getStyleClass().add("kith-key");
        if (key.length() == 1 && !Character.isLetterOrDigit(key.charAt(0))) {
            // An arrow is lost in the small monospaced type of a key cap.
            keyLabel.getStyleClass().add("kith-key-symbol");
        }
        Button button = new Button(text, keyLabel);
        button.setId(id);
        button.getStyleClass().add("kith-review-action");
        button.setOnAction(event -> action.run());
        button.setAccessibleText(accessible + " (" + key + ")");
        button.setMnemonicParsing(false);
        Tips.install(button, accessible + " \u2014 key " + key.toUpperCase(Locale.ROOT));
        return button;
    }
}
