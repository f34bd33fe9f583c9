package app.kith.ui.person;

import app.kith.store.Journal;
import app.kith.ui.common.EntryEditor;
import app.kith.ui.common.Icons;
import app.kith.ui.common.JournalChanges;
import app.kith.ui.common.Shown;
import app.kith.ui.common.TaskRunner;
import app.kith.ui.person.TimelineRows.Conversation;
import app.kith.ui.person.TimelineRows.FavourLine;
import app.kith.ui.person.TimelineRows.Month;
import app.kith.ui.person.TimelineRows.Row;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javafx.collections.ListChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The person's conversations and favours, newest first under a heading per month. A row opens in
 * the Log dialog on double-click or Enter; the arrow keys walk the rows. Older entries come a page
 * at a time ("Show older entries"), so that a long history opens at once.
 */
public final class TimelineSection implements PersonSection {

    private final TimelineViewModel model;
    private final VBox list = new VBox();
    private final VBox root;

    /** @param clock unused today; kept so that the three sections are made alike */
    public TimelineSection(TaskRunner tasks, ObservableValue<Journal> journal, JournalChanges changes, Clock clock,
                           EntryEditor editor) {
        this(new TimelineViewModel(tasks, journal, changes, editor, Locale.getDefault(Locale.Category.FORMAT)));
    }

    TimelineSection(TimelineViewModel model) {
        this.model = model;
        list.setId("timeline-list");
        list.getStyleClass().add("kith-timeline");
        model.rows().addListener(this::changed);
        Button more = new Button("Show older entries", Icons.icon(Feather.CHEVRON_DOWN));
        more.setId("timeline-more");
        more.getStyleClass().add("flat");
        more.setOnAction(event -> model.showMore());
        more.disableProperty().bind(model.loadingMoreProperty());
        Shown.shownWhile(more, model.moreProperty());
        root = Sections.card("Timeline", "person-timeline", list, more, emptyNote(),
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

    private VBox emptyNote() {
        Label text = new Label("Nothing logged with this person yet. Log your first conversation, and it starts "
                + "the timeline.");
        text.getStyleClass().add("kith-muted");
        text.setWrapText(true);
        Button log = new Button("Log a conversation", Icons.icon(Feather.EDIT_3));
        log.setId("timeline-log-first");
        log.setOnAction(event -> model.logFirst());
        VBox note = new VBox(text, log);
        note.setId("timeline-empty");
        note.getStyleClass().add("kith-timeline-empty");
        Shown.shownWhile(note, model.emptyProperty());
        return note;
    }

    /** Rows added at the end (a further page) are appended; anything else lays the list out afresh. */
    private void changed(ListChangeListener.Change<? extends Row> change) {
        List<Node> added = new ArrayList<>();
        boolean appendedOnly = true;
        int before = list.getChildren().size();
        while (change.next()) {
            if (change.wasAdded() && !change.wasRemoved() && change.getFrom() == before + added.size()) {
                change.getAddedSubList().forEach(row -> added.add(node(row)));
            } else {
                appendedOnly = false;
            }
        }
        if (appendedOnly) {
            list.getChildren().addAll(added);
        } else {
            list.getChildren().setAll(model.rows().stream().map(this::node).toList());
        }
    }

    private Node node(Row row) {
        if (row instanceof Month month) {
            Label heading = new Label(month.title());
            heading.getStyleClass().add("kith-timeline-month");
            heading.setAccessibleRole(AccessibleRole.TEXT);
            return heading;
        }
        if (row instanceof Conversation conversation) {
            return entry(row, channelBadge(conversation), conversation.title(), depthIcon(conversation),
                    conversation.with(), conversation.note(), conversation.day(), null);
        }
        FavourLine favour = (FavourLine) row;
        return entry(row, favourBadge(favour), favour.title(), null, "", favour.note(), favour.day(),
                favour.promised() ? "Promised" : null);
    }

    private HBox entry(Row row, Node badge, String title, Node titleIcon, String with, String note, String day,
                       String tag) {
        Label heading = new Label(title, titleIcon);
        heading.getStyleClass().add("kith-timeline-title");
        heading.setMinWidth(Region.USE_PREF_SIZE);
        HBox top = new HBox(heading);
        top.getStyleClass().add("kith-timeline-top");
        if (!with.isEmpty()) {
            Label people = new Label(with);
            people.getStyleClass().add("kith-timeline-with");
            top.getChildren().add(people);
        }
        if (tag != null) {
            Label badgeText = new Label(tag);
            badgeText.getStyleClass().add("kith-badge");
            top.getChildren().add(badgeText);
        }
        VBox text = new VBox(top);
        text.getStyleClass().add("kith-timeline-text");
        if (!note.isEmpty()) {
            Label notes = new Label(note);
            notes.getStyleClass().add("kith-timeline-note");
            text.getChildren().add(notes);
        }
        HBox.setHgrow(text, Priority.ALWAYS);
        Label date = new Label(day);
        date.getStyleClass().add("kith-timeline-day");
        date.setMinWidth(Region.USE_PREF_SIZE);
        HBox line = new HBox(badge, text, date);
        line.getStyleClass().add("kith-timeline-entry");
        line.setFocusTraversable(true);
        line.setAccessibleRole(AccessibleRole.BUTTON);
        line.setAccessibleText(day + ", " + title + (with.isEmpty() ? "" : ", " + with) + (note.isEmpty() ? "" : ", " + note));
        line.setOnMouseClicked(event -> {
            line.requestFocus();
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2) {
                model.open(row);
            }
        });
        line.addEventHandler(KeyEvent.KEY_PRESSED, event -> keyOnEntry(event, line, row));
        return line;
    }

    private void keyOnEntry(KeyEvent event, Node line, Row row) {
        if (event.getCode() == KeyCode.ENTER) {
            model.open(row);
            event.consume();
        } else if (event.getCode() == KeyCode.DOWN || event.getCode() == KeyCode.UP) {
            step(line, event.getCode() == KeyCode.DOWN ? 1 : -1);
            event.consume();
        }
    }

    /** Moves the focus to the next (or previous) entry, passing over the month headings. */
    private void step(Node from, int direction) {
        List<Node> rows = list.getChildren();
        for (int i = rows.indexOf(from) + direction; i >= 0 && i < rows.size(); i += direction) {
            if (rows.get(i).isFocusTraversable()) {
                rows.get(i).requestFocus();
                return;
            }
        }
    }

    private static Node channelBadge(Conversation conversation) {
        return badge(Icons.icon(TimelineIcons.of(conversation.channel())), "kith-timeline-channel");
    }

    private static Node favourBadge(FavourLine favour) {
        return badge(Icons.icon(TimelineIcons.of(favour.direction())),
                "kith-timeline-favour-" + favour.direction().code());
    }

    private static StackPane badge(FontIcon icon, String styleClass) {
        StackPane badge = new StackPane(icon);
        badge.getStyleClass().addAll("kith-timeline-badge", styleClass);
        return badge;
    }

    private static FontIcon depthIcon(Conversation conversation) {
        FontIcon icon = Icons.icon(TimelineIcons.of(conversation.depth()));
        icon.getStyleClass().addAll("kith-depth-icon", "kith-depth-" + conversation.depth().code());
        return icon;
    }
}
