package app.kith.ui.person;

import app.kith.domain.Person;
import app.kith.ui.common.Icons;
import app.kith.ui.common.Shown;
import app.kith.ui.common.Tips;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/**
 * A person's page beside the People list: the header with the actions, then the sections other
 * parts of Kith provide (insight, follow-ups, timeline), each told which person is shown and told
 * again after every change to the journal. With nobody chosen, a calm placeholder.
 */
public final class PersonPage {

    private final PersonPageViewModel page;
    private final List<PersonSection> sections;
    private final Clock clock;
    private final StackPane root = new StackPane();
    private final PersonHeader header;
    private final Button archive = new Button();
    private final MenuItem archiveItem = new MenuItem();
    private final ScrollPane scroll;
    private final Node placeholder = placeholder();

    public PersonPage(PersonPageViewModel page, List<PersonSection> sections, Clock clock, Locale locale) {
        this.page = page;
        this.sections = List.copyOf(sections);
        this.clock = clock;
        this.header = new PersonHeader(locale);
        Label problem = new Label();
        problem.setId("person-problem");
        problem.getStyleClass().add("kith-field-error");
        problem.setWrapText(true);
        problem.textProperty().bind(page.problemProperty());
        Shown.shownWhile(problem, page.problemProperty().isNotNull());
        header.actions(actions());
        VBox column = new VBox(header.node(), problem);
        column.getStyleClass().add("kith-person-page");
        for (PersonSection section : this.sections) {
            Node part = section.node();
            part.getStyleClass().add("kith-person-section");
            column.getChildren().add(part);
        }
        column.setId("person-page");
        scroll = new ScrollPane(column);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("kith-person-scroll");
        root.getChildren().setAll(placeholder, scroll);
        root.getStyleClass().add("kith-person-holder");
        page.personProperty().addListener((observable, was, now) -> show(was, now));
        page.glanceProperty().addListener((observable, was, now) -> header.glance(now));
        page.personIdProperty().addListener((observable, was, now) -> tellSections(now));
        page.journalReadsProperty().addListener((observable, was, now) -> tellSections(page.personIdProperty().get()));
        page.questionProperty().addListener((observable, was, now) -> {
            if (now != null) {
                Platform.runLater(() -> ask(now));
            }
        });
        show(null, page.personProperty().get());
    }

    public Node node() {
        return root;
    }

    /** Shows the person (or the placeholder), keeping the scroll place while it is the same person. */
    private void show(Person was, Person now) {
        placeholder.setVisible(now == null);
        scroll.setVisible(now != null);
        if (now == null) {
            return;
        }
        header.show(now, page.glanceProperty().get(), LocalDate.now(clock));
        boolean archived = now.archived();
        archiveItem.setText(archived ? "Unarchive" : "Archive");
        archive.setText("Unarchive");
        archive.setVisible(archived);
        archive.setManaged(archived);
        if (was == null || !was.id().equals(now.id())) {
            scroll.setVvalue(0);
        }
    }

    private void tellSections(UUID id) {
        for (PersonSection section : sections) {
            section.show(id);
        }
    }

    private HBox actions() {
        String logKeys = KeyCombination.keyCombination("Shortcut+L").getDisplayText();
        Button log = action("person-log", "Log conversation", Feather.MESSAGE_CIRCLE, page::logConversation);
        log.getStyleClass().add("accent");
        Tips.install(log, "Log a conversation with this person (" + logKeys + " logs one with anyone)");
        Button favour = action("person-log-favour", "Log favour", Feather.GIFT, page::logFavour);
        Button edit = action("person-edit", "Edit", Feather.EDIT_2, page::edit);
        archive.setId("person-unarchive");
        archive.setGraphic(Icons.icon(Feather.ROTATE_CCW));
        archive.setOnAction(event -> page.toggleArchived());

        archiveItem.setId("person-archive");
        archiveItem.setOnAction(event -> page.toggleArchived());
        MenuItem delete = new MenuItem("Delete…", Icons.icon(Feather.TRASH_2));
        delete.setId("person-delete");
        delete.setOnAction(event -> page.delete());
        MenuItem vcard = new MenuItem("Export as vCard…", Icons.icon(Feather.SHARE));
        vcard.setId("person-export-vcard");
        vcard.setOnAction(event -> page.exportAsVCard());
        MenuButton more = new MenuButton(null, Icons.icon(Feather.MORE_HORIZONTAL), vcard, archiveItem,
                new SeparatorMenuItem(), delete);
        more.setId("person-more");
        more.getStyleClass().add("kith-more");
        more.setAccessibleText("More actions");
        Tips.install(more, "Export as vCard, archive or delete");
        HBox actions = new HBox(8, log, favour, edit, archive, more);
        actions.getStyleClass().add("kith-person-actions");
        actions.disableProperty().bind(page.busyProperty());
        return actions;
    }

    private static Button action(String id, String text, org.kordamp.ikonli.Ikon icon, Runnable run) {
        Button button = new Button(text, Icons.icon(icon));
        button.setId(id);
        button.setOnAction(event -> run.run());
        return button;
    }

    private void ask(DeleteQuestion question) {
        if (page.questionProperty().get() != question || root.getScene() == null) {
            return;
        }
        ButtonType answer = DeleteDialog.ask(question, root.getScene().getWindow());
        if (answer == DeleteDialog.DELETE) {
            page.deleteWithEntries();
        } else if (answer == DeleteDialog.ARCHIVE) {
            page.archiveInstead();
        } else {
            page.cancelDelete();
        }
    }

    private static Node placeholder() {
        Label icon = new Label(null, Icons.icon(Feather.USER));
        icon.getStyleClass().add("kith-empty-icon");
        Label text = new Label("Choose someone in the list to see their page.");
        text.getStyleClass().add("kith-muted");
        Label hint = new Label("↑ and ↓ move through the list; "
                + KeyCombination.keyCombination("Shortcut+F").getDisplayText() + " or / searches.");
        hint.getStyleClass().addAll("kith-subtle", "kith-small");
        VBox box = new VBox(8, icon, text, hint);
        box.setId("person-placeholder");
        box.getStyleClass().add("kith-empty-state");
        box.setAlignment(javafx.geometry.Pos.CENTER);
        return box;
    }
}
