package app.kith.ui.person;

import app.kith.ui.common.DayText;
import app.kith.store.Journal;
import app.kith.ui.common.Icons;
import app.kith.ui.common.JournalChanges;
import app.kith.ui.common.Shown;
import app.kith.ui.common.TaskRunner;
import app.kith.ui.common.Tips;
import app.kith.ui.common.UndoOffer;
import app.kith.ui.person.FollowUpsViewModel.Item;
import java.time.Clock;
import java.util.Locale;
import java.util.UUID;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/**
 * The person's follow-ups: a tick box each (ticking off is undone by unticking), the late ones in
 * the colour of lateness, a delete button with a way back, and a line to add one (Enter adds).
 */
public final class FollowUpsSection implements PersonSection {

    private final FollowUpsViewModel model;
    private final VBox list = new VBox();
    private final VBox root;

    public FollowUpsSection(TaskRunner tasks, ObservableValue<Journal> journal, JournalChanges changes, Clock clock,
                            UndoOffer undo) {
        this(new FollowUpsViewModel(tasks, journal, changes, clock, undo, Locale.getDefault(Locale.Category.FORMAT)));
    }

    FollowUpsSection(FollowUpsViewModel model) {
        this.model = model;
        list.setId("follow-up-list");
        list.getStyleClass().add("kith-follow-up-list");
        Label empty = new Label("Nothing to follow up. Note what you promised or want to do next, with a day.");
        empty.setId("follow-ups-empty");
        empty.getStyleClass().add("kith-muted");
        empty.setWrapText(true);
        Shown.shownWhile(empty, Bindings.isEmpty(model.items()));
        model.items().addListener((ListChangeListener<Item>) change -> fill());
        root = Sections.card("Follow-ups", "person-follow-ups", list, empty, addLine(),
                Sections.problem(model.newErrorProperty()), Sections.problem(model.writeErrorProperty()),
                Sections.problem(model.problemProperty()));
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void show(UUID personId) {
        model.show(personId);
    }

    private HBox addLine() {
        DatePicker due = new DatePicker();
        due.setId("follow-up-due");
        due.setPrefWidth(140);
        due.setAccessibleText("Due on");
        due.setConverter(new DayText(Locale.getDefault(Locale.Category.FORMAT)));
        due.valueProperty().bindBidirectional(model.newDueProperty());
        TextField text = new TextField();
        text.setId("follow-up-text");
        text.setPromptText("What to do, e.g. send her the article");
        text.setAccessibleText("What to do");
        text.textProperty().bindBidirectional(model.newTextProperty());
        text.setOnAction(event -> model.add());
        HBox.setHgrow(text, Priority.ALWAYS);
        Button add = new Button("Add", Icons.icon(Feather.PLUS));
        add.setId("follow-up-add");
        add.setOnAction(event -> model.add());
        HBox line = new HBox(due, text, add);
        line.getStyleClass().add("kith-follow-up-add");
        return line;
    }

    private void fill() {
        list.getChildren().setAll(model.items().stream().map(this::row).toList());
    }

    private HBox row(Item item) {
        CheckBox done = new CheckBox(item.text());
        done.setSelected(item.done());
        done.setWrapText(true);
        done.setMaxWidth(Double.MAX_VALUE);
        done.getStyleClass().add("kith-follow-up-text");
        done.setOnAction(event -> model.markDone(item.id(), done.isSelected()));
        HBox.setHgrow(done, Priority.ALWAYS);
        Label when = new Label(item.state() == FollowUpsViewModel.State.OVERDUE
                || item.state() == FollowUpsViewModel.State.DUE_TODAY ? "due " + item.when() : item.when());
        when.getStyleClass().add("kith-follow-up-when");
        when.setMinWidth(Region.USE_PREF_SIZE);
        Button delete = new Button(null, Icons.icon(Feather.TRASH_2));
        delete.getStyleClass().addAll("kith-icon-button", "flat");
        delete.setAccessibleText("Delete the follow-up " + item.text());
        Tips.install(delete, "Delete this follow-up");
        delete.setOnAction(event -> model.delete(item.id()));
        HBox row = new HBox(done, when, delete);
        row.getStyleClass().addAll("kith-follow-up", "kith-follow-up-" + item.state().name().toLowerCase(Locale.ROOT)
                .replace('_', '-'));
        return row;
    }
}
