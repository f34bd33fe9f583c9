package app.kith.ui.home;

import app.kith.insight.today.TodayReport;
import app.kith.ui.common.Icons;
import app.kith.ui.common.Shown;
import app.kith.ui.common.Tips;
import app.kith.ui.common.WhileShown;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/**
 * The Today screen of a journal that holds people: one column of cards that reads top to bottom, Reach out,
 * Follow-ups due, Coming up, This month and Recent, with a quiet line when a review is due.
 */
final class TodayView {

    private static final int FIRST_ROWS = 5;

    private final ScrollPane scroll;

    TodayView(TodayViewModel today, Runnable addPerson) {
        BooleanBinding read = today.reportProperty().isNotNull();
        BooleanBinding nothingDue = Bindings.createBooleanBinding(() -> {
            TodayReport report = today.reportProperty().get();
            return report != null && report.nothingDue();
        }, today.reportProperty());
        Label waiting = new Label("Reading your journal\u2026");
        waiting.setId("today-waiting");
        waiting.getStyleClass().add("kith-muted");
        Shown.shownWhile(waiting, read.not().and(today.problemProperty().isNull()));
        Label problem = new Label();
        problem.setId("today-problem");
        problem.getStyleClass().add("kith-problem-text");
        problem.setWrapText(true);
        problem.textProperty().bind(today.problemProperty());
        Shown.shownWhile(problem, today.problemProperty().isNotNull());

        TodayCards cards = new TodayCards(today, FIRST_ROWS);
        VBox reachOut = cards.reachOut();
        VBox followUps = cards.followUps();
        VBox caughtUp = cards.caughtUp();
        Shown.shownWhile(reachOut, read.and(nothingDue.not()));
        Shown.shownWhile(followUps, read.and(nothingDue.not()));
        Shown.shownWhile(caughtUp, nothingDue);
        VBox comingUp = cards.comingUp();
        VBox thisMonth = cards.thisMonth();
        VBox recent = cards.recent();
        for (Node card : new Node[] {comingUp, thisMonth, recent}) {
            Shown.shownWhile(card, read);
        }

        VBox screen = new VBox(header(today, addPerson), prompt(today), waiting, problem, caughtUp, reachOut,
                followUps, comingUp, thisMonth, recent, footer(today));
        screen.setId("today");
        screen.getStyleClass().addAll("kith-screen", "kith-today");
        scroll = new ScrollPane(screen);
        scroll.setFitToWidth(true);
        WhileShown.follow(scroll, today::activate, today::deactivate);
    }

    Node node() {
        return scroll;
    }

    private static Node header(TodayViewModel today, Runnable addPerson) {
        Label title = new Label("Today");
        title.getStyleClass().add("kith-screen-title");
        Label date = new Label();
        date.setId("today-date");
        date.getStyleClass().add("kith-muted");
        date.textProperty().bind(today.dateProperty());
        VBox heading = new VBox(2, title, date);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button log = new Button("Log", Icons.icon(Feather.EDIT_3));
        log.setId("today-log");
        Tips.install(log, "Log a conversation (" + KeyCombination.keyCombination("Shortcut+L").getDisplayText() + ")");
        log.setOnAction(event -> today.logConversation());
        Button add = new Button("Add person", Icons.icon(Feather.USER_PLUS));
        add.setId("today-add-person");
        Tips.install(add, "Add a person (" + KeyCombination.keyCombination("Shortcut+N").getDisplayText() + ")");
        add.setOnAction(event -> addPerson.run());
        HBox header = new HBox(heading, gap, log, add);
        header.getStyleClass().add("kith-screen-header");
        header.setMaxWidth(880);
        return header;
    }

    /** "Your last review was 9 days ago · 12 people are waiting   Start review": a line, never a dialog. */
    private static Node prompt(TodayViewModel today) {
        Label text = new Label();
        text.setId("today-prompt");
        text.textProperty().bind(today.promptProperty());
        text.setWrapText(true);
        text.setMinWidth(0);
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);
        Button start = new Button("Start review");
        start.setId("today-prompt-start");
        start.getStyleClass().add("flat");
        start.setOnAction(event -> today.startReview());
        Shown.shownWhile(start, today.canStartReviewProperty());
        HBox prompt = new HBox(Icons.icon(Feather.CALENDAR), text, start);
        prompt.getStyleClass().add("kith-today-prompt");
        prompt.setMaxWidth(880);
        Shown.shownWhile(prompt, today.promptProperty().isNotEmpty());
        return prompt;
    }

    private static Node footer(TodayViewModel today) {
        Label summary = new Label();
        summary.setId("today-summary");
        summary.getStyleClass().addAll("kith-subtle", "kith-small");
        summary.textProperty().bind(today.summaryProperty());
        Label folder = new Label();
        folder.setId("today-folder");
        folder.getStyleClass().addAll("kith-subtle", "kith-small");
        folder.setWrapText(true);
        folder.textProperty().bind(today.folderLineProperty());
        VBox footer = new VBox(2, summary, folder);
        footer.getStyleClass().add("kith-today-footer");
        footer.setMaxWidth(880);
        return footer;
    }

    /** A card with its caption in small capitals. */
    static VBox card(String id, String caption, Node... body) {
        Label title = new Label(caption.toUpperCase(Locale.ROOT));
        title.getStyleClass().add("kith-card-title");
        VBox card = new VBox(title);
        card.getChildren().addAll(body);
        card.setId(id);
        card.getStyleClass().add("kith-card");
        return card;
    }
}
