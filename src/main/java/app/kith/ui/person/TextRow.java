package app.kith.ui.person;

import java.util.function.Function;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One row of a list of texts in the editor (an email address, a phone number) with its check. */
public final class TextRow {

    private final StringProperty text;
    private final FieldCheck check;

    TextRow(String initial, Function<String, String> problem) {
        this.text = new SimpleStringProperty(initial == null ? "" : initial);
        this.check = new FieldCheck(() -> problem.apply(text.get()), text);
    }

    public StringProperty textProperty() {
        return text;
    }

    public FieldCheck check() {
        return check;
    }

    /** The text without surrounding spaces; blank rows are left out when saving. */
    String value() {
        return text.get() == null ? "" : text.get().strip();
    }
}
