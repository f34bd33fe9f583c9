package app.kith.ui.settings;

import app.kith.ui.common.Icons;
import app.kith.ui.common.Shown;
import app.kith.ui.settings.BackupsViewModel.BackupRow;
import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/** Settings › Backups: the latest backups, each restorable, Back up now, and how many are kept. */
public final class BackupsSection {

    private final BackupsViewModel model;
    private final Supplier<Path> chooseFile;
    /** Held here: a bidirectional binding keeps only a weak reference to it. */
    private final javafx.beans.property.ObjectProperty<Integer> keepValue;

    /** @param chooseFile asks for a backup file elsewhere (null when the person changed their mind) */
    public BackupsSection(BackupsViewModel model, Supplier<Path> chooseFile) {
        this.model = model;
        this.chooseFile = chooseFile;
        this.keepValue = model.keepProperty().asObject();
    }

    public Node node() {
        Label how = new Label("Kith backs your journal up by itself after a change: at most once a day while the"
                + " window is open, and when it closes. A backup of an encrypted journal is encrypted with the same"
                + " passphrase.");
        how.setWrapText(true);
        how.getStyleClass().addAll("kith-muted", "kith-small");
        Label where = SettingsScreen.wrapped(Bindings.concat("In ", model.folderProperty()), "kith-muted");
        where.getStyleClass().add("kith-small");
        Shown.shownWhile(where, model.folderProperty().isNotEmpty());

        Button now = new Button("Back up now", Icons.icon(Feather.SAVE));
        now.setId("backups-now");
        now.disableProperty().bind(model.canWorkProperty().not());
        now.setOnAction(event -> model.backUpNow());
        Button fromFile = new Button("Restore from a file…");
        fromFile.setId("backups-restore-file");
        fromFile.getStyleClass().add("flat");
        fromFile.disableProperty().bind(model.canWorkProperty().not());
        fromFile.setOnAction(event -> {
            Path chosen = chooseFile.get();
            if (chosen != null) {
                model.askFile(chosen);
            }
        });
        HBox buttons = new HBox(now, fromFile);
        buttons.getStyleClass().add("kith-settings-row");

        VBox card = SettingsScreen.card("Backups", list(), buttons, confirm(), SettingsNotes.outcome("backups",
                model.workingProperty(), "Working on the backup…", model.noteProperty(), model.problemProperty()),
                keep(), how, where);
        card.setId("settings-backups");
        return card;
    }

    private Node list() {
        VBox rows = new VBox();
        rows.setId("backups-list");
        Label none = new Label("No backups yet.");
        none.getStyleClass().add("kith-muted");
        Runnable fill = () -> {
            rows.getChildren().clear();
            for (int i = 0; i < model.latest().size(); i++) {
                rows.getChildren().add(row(model.latest().get(i), i));
            }
            if (model.latest().isEmpty()) {
                rows.getChildren().add(none);
            }
        };
        model.latest().addListener((ListChangeListener<BackupRow>) change -> fill.run());
        fill.run();
        return rows;
    }

    private Node row(BackupRow backup, int index) {
        Label when = new Label(backup.when());
        when.getStyleClass().add("kith-backup-when");
        Label holds = new Label(backup.holds() + " · " + backup.backup().label().replace('-', ' '));
        holds.getStyleClass().addAll("kith-muted", "kith-small");
        holds.setMinWidth(0);
        if (backup.backup().encrypted()) {
            holds.setGraphic(Icons.icon(Feather.LOCK));
        }
        holds.setWrapText(true);
        VBox text = new VBox(2, when, holds);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button restore = new Button("Restore…");
        restore.setId("backup-restore-" + index);
        restore.getStyleClass().addAll("flat", "small");
        restore.setMinWidth(Region.USE_PREF_SIZE);
        restore.disableProperty().bind(model.canWorkProperty().not());
        restore.setOnAction(event -> model.ask(backup));
        HBox row = new HBox(text, restore);
        row.getStyleClass().add("kith-backup-row");
        return row;
    }

    private Node confirm() {
        Label question = new Label();
        question.setId("restore-question");
        question.setWrapText(true);
        question.textProperty().bind(Bindings.createStringBinding(() -> model.askedProperty().get() == null ? ""
                : "Restore the backup of " + model.askedProperty().get().when() + " ("
                + model.askedProperty().get().holds() + ")? The journal as it is now is backed up first, so this"
                + " can be undone.", model.askedProperty()));
        Node passphrase = SettingsNotes.secretField("restore-passphrase", "The backup's passphrase",
                model.backupPassphraseProperty(), new javafx.beans.property.SimpleStringProperty(""));
        Shown.shownWhile(passphrase, model.needsBackupPassphraseProperty());
        Button restore = new Button("Restore");
        restore.setId("restore-confirm");
        restore.getStyleClass().add("danger");
        restore.disableProperty().bind(model.workingProperty());
        restore.setOnAction(event -> model.restore());
        Button cancel = new Button("Cancel");
        cancel.setId("restore-cancel");
        cancel.getStyleClass().add("flat");
        cancel.disableProperty().bind(model.workingProperty());
        cancel.setOnAction(event -> model.cancelRestore());
        HBox buttons = new HBox(restore, cancel);
        buttons.getStyleClass().add("kith-settings-row");
        VBox box = new VBox(12, question, passphrase, buttons);
        box.setId("restore-confirmation");
        Shown.shownWhile(box, model.askedProperty().isNotNull());
        return box;
    }

    private Node keep() {
        Spinner<Integer> count = new Spinner<>(new SpinnerValueFactory.IntegerSpinnerValueFactory(
                app.kith.store.Backups.MIN_KEEP, app.kith.store.Backups.MAX_KEEP, model.keepProperty().get()));
        count.setId("backups-keep");
        count.setEditable(true);
        count.setPrefWidth(90);
        count.getValueFactory().valueProperty().bindBidirectional(keepValue);
        count.focusedProperty().addListener((observable, was, focused) -> {
            if (!focused) {
                count.increment(0);
            }
        });
        count.disableProperty().bind(model.canWorkProperty().not());
        Label before = new Label("Keep the last");
        before.setLabelFor(count);
        HBox row = new HBox(before, count, new Label("backups"));
        row.getStyleClass().add("kith-settings-row");
        return row;
    }
}
