package app.kith.ui.log;

import app.kith.domain.Coded;
import atlantafx.base.theme.Styles;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;

/**
 * A row of joined toggle buttons for one choice (channel, depth, who started it), reached with one Tab and
 * chosen from the keyboard: the first letter of a choice, its number, or the arrow keys. An optional choice
 * is cleared with Backspace or by clicking the chosen button again.
 */
final class ChoiceRow<E extends Enum<E> & Coded> {

    private final HBox box = new HBox();
    private final List<E> values;
    private final ObjectProperty<E> value;
    private final Function<E, String> label;
    private final boolean optional;
    private final Map<E, ToggleButton> buttons;
    private final ToggleGroup group = new ToggleGroup();

    ChoiceRow(String id, List<E> values, ObjectProperty<E> value, Function<E, String> label, boolean optional) {
        this.values = values;
        this.value = value;
        this.label = label;
        this.optional = optional;
        this.buttons = new EnumMap<>(values.get(0).getDeclaringClass());
        box.setId(id);
        box.getStyleClass().add("kith-choice-row");
        box.setFocusTraversable(true);
        box.setAccessibleRole(AccessibleRole.TOGGLE_BUTTON);
        for (int i = 0; i < values.size(); i++) {
            box.getChildren().add(button(values.get(i), i));
        }
        value.addListener((observable, was, now) -> show(now));
        show(value.get());
        box.addEventHandler(KeyEvent.KEY_PRESSED, this::pressed);
        box.addEventHandler(KeyEvent.KEY_TYPED, this::typed);
    }

    Node node() {
        return box;
    }

    /** The button of one choice, to dress it (the depth swatches). */
    ToggleButton button(E choice) {
        return buttons.get(choice);
    }

    private ToggleButton button(E choice, int index) {
        ToggleButton button = new ToggleButton(label.apply(choice));
        button.setId(box.getId() + "-" + choice.code());
        button.setToggleGroup(group);
        button.setFocusTraversable(false);
        button.setMnemonicParsing(false);
        button.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        button.setTooltip(new Tooltip("Press " + label.apply(choice).substring(0, 1).toUpperCase(Locale.ROOT)
                + " or " + (index + 1)));
        button.getStyleClass().add(index == 0 ? Styles.LEFT_PILL
                : index == values.size() - 1 ? Styles.RIGHT_PILL : Styles.CENTER_PILL);
        button.setOnAction(event -> {
            box.requestFocus();
            if (button.isSelected()) {
                value.set(choice);
            } else if (optional) {
                value.set(null);
            } else {
                button.setSelected(true);
            }
        });
        buttons.put(choice, button);
        return button;
    }

    private void show(E chosen) {
        group.selectToggle(chosen == null ? null : buttons.get(chosen));
        box.setAccessibleText(chosen == null ? "none chosen" : label.apply(chosen));
    }

    private void pressed(KeyEvent event) {
        KeyCode code = event.getCode();
        int at = value.get() == null ? -1 : values.indexOf(value.get());
        if (code == KeyCode.RIGHT || code == KeyCode.KP_RIGHT) {
            value.set(values.get(Math.min(values.size() - 1, at + 1)));
        } else if (code == KeyCode.LEFT || code == KeyCode.KP_LEFT) {
            value.set(values.get(Math.max(0, at - 1)));
        } else if ((code == KeyCode.BACK_SPACE || code == KeyCode.DELETE) && optional) {
            value.set(null);
        } else {
            return;
        }
        event.consume();
    }

    /** A letter picks the next choice that starts with it; a digit picks that choice. */
    private void typed(KeyEvent event) {
        String key = event.getCharacter();
        if (key.length() != 1 || event.isShortcutDown() || event.isAltDown()) {
            return;
        }
        char typed = Character.toLowerCase(key.charAt(0));
        if (typed >= '1' && typed < '1' + values.size()) {
            value.set(values.get(typed - '1'));
            event.consume();
            return;
        }
        int from = value.get() == null ? -1 : values.indexOf(value.get());
        for (int step = 1; step <= values.size(); step++) {
            E candidate = values.get((from + step) % values.size());
            if (Character.toLowerCase(label.apply(candidate).charAt(0)) == typed) {
                value.set(candidate);
                event.consume();
                return;
            }
        }
    }
}
