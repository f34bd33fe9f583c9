package app.kith.ui.settings;

import app.kith.ui.common.Icons;
import app.kith.ui.common.Shown;
import app.kith.ui.settings.PassphraseViewModel.Mode;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/** Settings › Passphrase: whether the journal is encrypted, and the form that sets, changes or removes it. */
public final class PassphraseSection {

    private final PassphraseViewModel model;

    public PassphraseSection(PassphraseViewModel model) {
        this.model = model;
    }

    public Node node() {
        Label status = SettingsScreen.wrapped(model.statusProperty(), "kith-settings-meaning");
        status.setId("passphrase-status");
        status.setGraphic(Icons.icon(Feather.LOCK));
        Button set = button("passphrase-set", "Set a passphrase…", Mode.SET);
        Button change = button("passphrase-change", "Change…", Mode.CHANGE);
        Button remove = button("passphrase-remove", "Remove…", Mode.REMOVE);
        Shown.shownWhile(set, model.hasPassphraseProperty().not());
        Shown.shownWhile(change, model.hasPassphraseProperty());
        Shown.shownWhile(remove, model.hasPassphraseProperty());
        HBox actions = new HBox(set, change, remove);
        actions.getStyleClass().add("kith-settings-row");
        Shown.shownWhile(actions, model.modeProperty().isEqualTo(Mode.NONE));
        VBox card = SettingsScreen.card("Passphrase", status, actions, form(), SettingsNotes.outcome("passphrase",
                model.workingProperty(), "Rewriting the journal with the new key, then checking it…",
                model.noteProperty(), model.problemProperty()));
        card.setId("settings-passphrase");
        return card;
    }

    private Button button(String id, String text, Mode mode) {
        Button button = new Button(text);
        button.setId(id);
        button.disableProperty().bind(model.canChangeProperty().not());
        button.setOnAction(event -> model.start(mode));
        return button;
    }

    private Node form() {
        Label warning = new Label(PassphraseViewModel.FORGETTING);
        warning.setId("passphrase-warning");
        warning.setWrapText(true);
        warning.getStyleClass().add("kith-warning-text");
        warning.setGraphic(Icons.icon(Feather.ALERT_TRIANGLE));
        Shown.shownWhile(warning, model.modeProperty().isEqualTo(Mode.SET));
        Node current = SettingsNotes.secretField("passphrase-current", "Current passphrase", model.currentProperty(),
                model.currentErrorProperty());
        Shown.shownWhile(current, model.modeProperty().isEqualTo(Mode.CHANGE).or(model.modeProperty()
                .isEqualTo(Mode.REMOVE)));
        BooleanBinding asksNew = model.modeProperty().isEqualTo(Mode.SET).or(model.modeProperty()
                .isEqualTo(Mode.CHANGE));
        Node next = SettingsNotes.secretField("passphrase-new", "New passphrase (at least 8 characters)",
                model.nextProperty(), model.nextErrorProperty());
        Shown.shownWhile(next, asksNew);
        Node again = SettingsNotes.secretField("passphrase-again", "The new passphrase again", model.againProperty(),
                model.againErrorProperty());
        Shown.shownWhile(again, asksNew);

        Button confirm = new Button();
        confirm.setId("passphrase-confirm");
        confirm.getStyleClass().add("accent");
        confirm.setDefaultButton(true);
        confirm.textProperty().bind(Bindings.createStringBinding(() -> switch (model.modeProperty().get()) {
            case SET -> "Encrypt the journal";
            case CHANGE -> "Change the passphrase";
            case REMOVE -> "Remove the passphrase";
            case NONE -> "";
        }, model.modeProperty()));
        confirm.disableProperty().bind(model.workingProperty());
        confirm.setOnAction(event -> model.submit());
        Button cancel = new Button("Cancel");
        cancel.setId("passphrase-cancel");
        cancel.getStyleClass().add("flat");
        cancel.disableProperty().bind(model.workingProperty());
        cancel.setOnAction(event -> model.cancel());
        HBox buttons = new HBox(confirm, cancel);
        buttons.getStyleClass().add("kith-settings-row");

        VBox form = new VBox(12, warning, current, next, again, buttons);
        form.setId("passphrase-form");
        Shown.shownWhile(form, model.modeProperty().isNotEqualTo(Mode.NONE));
        return form;
    }
}
