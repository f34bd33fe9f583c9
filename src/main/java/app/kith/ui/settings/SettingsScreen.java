package app.kith.ui.settings;

import app.kith.ui.common.Icons;
import app.kith.ui.common.Progress;
import app.kith.ui.common.Shown;
import app.kith.ui.common.Tips;
import app.kith.ui.shell.ThemeChoice;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/** The Settings screen: how fast conversations fade, the theme, and where the journal lives. */
public final class SettingsScreen {

    private static final int SPINNER_STEP = 5;

    private final SettingsViewModel model;
    private final ScrollPane scroll;
    /** Held here: a bidirectional binding keeps only a weak reference to it. */
    private final ObjectProperty<Integer> halfLifeValue;

    public SettingsScreen(SettingsViewModel model) {
        this(model, List.of());
    }

    /** @param journalSections the cards about the journal as a whole (passphrase, backups), shown before its folder */
    public SettingsScreen(SettingsViewModel model, List<Node> journalSections) {
        this.model = model;
        this.halfLifeValue = model.halfLifeProperty().asObject();
        Label title = new Label("Settings");
        title.getStyleClass().add("kith-page-title");
        VBox column = new VBox(title, insight(), review(), theme());
        column.getChildren().addAll(journalSections);
        column.getChildren().add(data());
        column.getStyleClass().addAll("kith-page-column", "kith-settings");
        VBox page = new VBox(column);
        page.setId("settings");
        page.getStyleClass().add("kith-page");
        scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
    }

    public Node node() {
        return scroll;
    }

    /** Scrolls the page so that the section's top shows (the first start's passphrase link leads here). */
    public void scrollTo(Node section) {
        scroll.applyCss();
        scroll.layout();
        double content = scroll.getContent().getBoundsInLocal().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        double top = scroll.getContent().sceneToLocal(section.localToScene(0, 0)).getY();
        scroll.setVvalue(content <= viewport ? 0 : Math.min(1, Math.max(0, (top - 16) / (content - viewport))));
    }

    private Node insight() {
        Spinner<Integer> days = new Spinner<>(new SpinnerValueFactory.IntegerSpinnerValueFactory(
                SettingsViewModel.MIN_DAYS, SettingsViewModel.MAX_DAYS, model.halfLifeProperty().get(), SPINNER_STEP));
        days.setId("settings-half-life");
        days.setEditable(true);
        days.setPrefWidth(110);
        days.getValueFactory().valueProperty().bindBidirectional(halfLifeValue);
        // A typed number counts once the field is left, not only on Enter.
        days.focusedProperty().addListener((observable, was, focused) -> {
            if (!focused) {
                days.increment(0);
            }
        });
        days.disableProperty().bind(model.workingProperty());
        Label caption = new Label("Half-life");
        caption.setLabelFor(days);
        Button apply = new Button("Apply");
        apply.setId("settings-apply");
        apply.getStyleClass().add("accent");
        apply.setDefaultButton(false);
        apply.disableProperty().bind(model.canApplyProperty().not());
        apply.setOnAction(event -> model.apply());
        Button revert = new Button("Revert");
        revert.setId("settings-revert");
        revert.getStyleClass().add("flat");
        revert.disableProperty().bind(model.canApplyProperty().not());
        revert.setOnAction(event -> model.revert());
        HBox row = new HBox(caption, days, new Label("days"), apply, revert);
        row.getStyleClass().add("kith-settings-row");

        Label meaning = wrapped(model.meaningProperty(), "kith-settings-meaning");
        meaning.setId("settings-meaning");
        Label why = new Label("A shorter half-life lets the scores follow the last few weeks; a longer one keeps old "
                + "friendships warm for longer. From 30 to 365 days; Kith starts with 90, a season.");
        why.setWrapText(true);
        why.getStyleClass().addAll("kith-muted", "kith-small");
        VBox card = card("How fast conversations fade", row, meaning, why, recompute());
        card.setId("settings-insight");
        return card;
    }

    /** The review's size and how often one is due, each checked beside its field and saved when left. */
    private Node review() {
        VBox card = card("Review", numberRow("settings-review-size", "A review takes", "people", model.reviewSize()),
                numberRow("settings-review-every", "A review is due every", "days", model.reviewEvery()));
        card.setId("settings-review");
        return card;
    }

    private static Node numberRow(String id, String caption, String unit, NumberSetting setting) {
        TextField field = new TextField();
        field.setId(id);
        field.setAccessibleText(caption + " … " + unit);
        field.setPrefColumnCount(4);
        field.textProperty().bindBidirectional(setting.textProperty());
        field.setOnAction(event -> setting.commit());
        field.focusedProperty().addListener((observable, was, focused) -> {
            if (!focused) {
                setting.commit();
            }
        });
        Label label = new Label(caption);
        label.setLabelFor(field);
        label.setMinWidth(Region.USE_PREF_SIZE);
        Label units = new Label(unit);
        units.setMinWidth(Region.USE_PREF_SIZE);
        Label error = wrapped(setting.errorProperty(), "kith-field-error");
        error.setId(id + "-error");
        Shown.shownWhile(error, setting.errorProperty().isNotEmpty());
        Label meaning = wrapped(setting.meaningProperty(), "kith-muted");
        meaning.setId(id + "-meaning");
        Shown.shownWhile(meaning, setting.errorProperty().isEmpty());
        HBox row = new HBox(label, field, units);
        row.getStyleClass().add("kith-settings-row");
        // The check sits right under the field it is about, the meaning in its place while all is well.
        return new VBox(4, row, error, meaning);
    }

    /** The recompute's bar while it runs, then its note (or its problem). */
    private Node recompute() {
        ProgressBar bar = new ProgressBar();
        bar.setId("settings-progress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(model.progressProperty().map(Progress::fraction).orElse(-1.0));
        Label message = new Label();
        message.textProperty().bind(model.progressProperty().map(Progress::message).orElse(""));
        message.getStyleClass().addAll("kith-muted", "kith-small");
        VBox working = new VBox(4, bar, message);
        Shown.shownWhile(working, model.workingProperty());
        Label note = wrapped(model.noteProperty(), "kith-settings-note");
        note.setId("settings-note");
        note.setGraphic(Icons.icon(Feather.CHECK));
        Shown.shownWhile(note, model.noteProperty().isNotEmpty());
        Label problem = wrapped(model.problemProperty(), "kith-field-error");
        problem.setId("settings-problem");
        Shown.shownWhile(problem, model.problemProperty().isNotEmpty());
        VBox box = new VBox(working, note, problem);
        // Takes no room (nor the card's spacing) while there is nothing to say.
        Shown.shownWhile(box, model.workingProperty().or(model.noteProperty().isNotEmpty())
                .or(model.problemProperty().isNotEmpty()));
        return box;
    }

    private Node theme() {
        ToggleGroup group = new ToggleGroup();
        HBox choices = new HBox();
        choices.getStyleClass().add("kith-settings-row");
        for (ThemeChoice choice : ThemeChoice.values()) {
            RadioButton button = new RadioButton(choice.label());
            button.setId("settings-theme-" + choice.code());
            button.setToggleGroup(group);
            button.setUserData(choice);
            button.setSelected(model.themeProperty().get() == choice);
            button.setOnAction(event -> model.themeProperty().set(choice));
            choices.getChildren().add(button);
        }
        model.themeProperty().addListener((observable, was, now) -> group.getToggles()
                .forEach(toggle -> toggle.setSelected(toggle.getUserData() == now)));
        Label hint = new Label("System follows your computer's light or dark setting. The View menu switches it too.");
        hint.setWrapText(true);
        hint.getStyleClass().addAll("kith-muted", "kith-small");
        return card("Theme", choices, hint);
    }

    private Node data() {
        TextField path = new TextField();
        path.setId("settings-folder");
        path.setAccessibleText("Data folder");
        path.setEditable(false);
        path.textProperty().bind(model.folderProperty());
        path.getStyleClass().add("kith-selectable");
        HBox.setHgrow(path, Priority.ALWAYS);
        Button copy = new Button("Copy path", Icons.icon(Feather.COPY));
        copy.setId("settings-copy-folder");
        Tips.install(copy, "Copy the folder's path to the clipboard");
        Label copied = new Label("Copied.");
        copied.getStyleClass().addAll("kith-muted", "kith-small");
        copied.setVisible(false);
        copy.setOnAction(event -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(path.getText());
            Clipboard.getSystemClipboard().setContent(content);
            copied.setVisible(true);
        });
        path.textProperty().addListener((observable, was, now) -> copied.setVisible(false));
        HBox line = new HBox(path, copy, copied);
        line.getStyleClass().add("kith-settings-row");
        Label hint = new Label("Your whole journal is one file, journal.mv.db, in this folder (with journal.salt when"
                + " it has a passphrase). To keep a copy elsewhere, use File › Export Kith archive, or a backup.");
        hint.setWrapText(true);
        hint.getStyleClass().addAll("kith-muted", "kith-small");
        return card("Data folder", line, hint);
    }

    static VBox card(String heading, Node... parts) {
        Label title = new Label(heading);
        title.getStyleClass().add("kith-card-title");
        VBox card = new VBox(title);
        card.getChildren().addAll(parts);
        card.getStyleClass().add("kith-card");
        return card;
    }

    static Label wrapped(ObservableStringValue text, String style) {
        Label label = new Label();
        label.textProperty().bind(text);
        label.setWrapText(true);
        label.getStyleClass().add(style);
        return label;
    }
}
