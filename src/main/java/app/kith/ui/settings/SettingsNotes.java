package app.kith.ui.settings;

import app.kith.ui.common.Icons;
import app.kith.ui.common.Shown;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressBar;
import javafx.beans.property.StringProperty;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/** What the passphrase and backup cards share: a secret field with its problem beside it, and a card's outcome. */
final class SettingsNotes {

    private SettingsNotes() {
    }

    /** A labelled passphrase field bound to the text, with its problem under it (taking no room when none). */
    static VBox secretField(String id, String caption, StringProperty text, ObservableStringValue error) {
        PasswordField field = new PasswordField();
        field.setId(id);
        field.setPrefColumnCount(24);
        field.setMaxWidth(360);
        field.textProperty().bindBidirectional(text);
        Label label = new Label(caption);
        label.setLabelFor(field);
        Label problem = SettingsScreen.wrapped(error, "kith-field-error");
        problem.setId(id + "-error");
        Shown.shownWhile(problem, javafx.beans.binding.Bindings.isNotEmpty(error));
        return new VBox(4, label, field, problem);
    }

    /** While working: an indeterminate bar and what is happening; after: the note, or the problem. */
    static Node outcome(String idPrefix, ObservableBooleanValue working, String doing, ObservableStringValue note,
                        ObservableStringValue problem) {
        ProgressBar bar = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
        bar.setMaxWidth(Double.MAX_VALUE);
        Label doingLabel = new Label(doing);
        doingLabel.getStyleClass().addAll("kith-muted", "kith-small");
        VBox busy = new VBox(4, bar, doingLabel);
        Shown.shownWhile(busy, working);
        Label done = SettingsScreen.wrapped(note, "kith-settings-note");
        done.setId(idPrefix + "-note");
        done.setGraphic(Icons.icon(Feather.CHECK));
        Shown.shownWhile(done, javafx.beans.binding.Bindings.isNotEmpty(note));
        Label failed = SettingsScreen.wrapped(problem, "kith-field-error");
        failed.setId(idPrefix + "-problem");
        Shown.shownWhile(failed, javafx.beans.binding.Bindings.isNotEmpty(problem));
        VBox box = new VBox(4, busy, done, failed);
        Shown.shownWhile(box, javafx.beans.binding.Bindings.createBooleanBinding(() -> working.get()
                || !note.get().isEmpty() || !problem.get().isEmpty(), working, note, problem));
        return box;
    }
}
