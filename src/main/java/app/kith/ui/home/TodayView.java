package app.kith.ui.home;

import app.kith.ui.common.Icons;
import app.kith.ui.common.Tips;
import java.util.Locale;
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

/** The Today screen of a journal that holds people. */
final class TodayView {

    private final ScrollPane scroll;

    TodayView(TodayViewModel today, Runnable addPerson) {
        Label title = new Label("Today");
        title.getStyleClass().add("kith-screen-title");
        Label date = new Label();
        date.setId("today-date");
        date.getStyleClass().add("kith-muted");
        date.textProperty().bind(today.dateProperty());
        VBox heading = new VBox(2, title, date);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button add = new Button("Add person", Icons.icon(Feather.USER_PLUS));
        add.setId("today-add-person");
        Tips.install(add, "Add a person (" + KeyCombination.keyCombination("Shortcut+N").getDisplayText() + ")");
        add.setOnAction(event -> addPerson.run());
        HBox header = new HBox(heading, gap, add);
        header.getStyleClass().add("kith-screen-header");
        header.setMaxWidth(880);

        VBox screen = new VBox(header, journalCard(today), comingCard());
        screen.setId("today");
        screen.getStyleClass().add("kith-screen");
        scroll = new ScrollPane(screen);
        scroll.setFitToWidth(true);
    }

    Node node() {
        return scroll;
    }

    private static VBox journalCard(TodayViewModel today) {
        Label summary = new Label();
        summary.setId("today-summary");
        summary.getStyleClass().add("kith-summary");
        summary.setWrapText(true);
        summary.textProperty().bind(today.summaryProperty());
        Label hint = new Label();
        hint.setId("today-empty-hint");
        hint.getStyleClass().add("kith-muted");
        hint.setWrapText(true);
        hint.textProperty().bind(today.emptyHintProperty());
        hint.managedProperty().bind(hint.textProperty().isNotEmpty());
        hint.visibleProperty().bind(hint.managedProperty());
        Label folder = new Label();
        folder.setId("today-folder");
        folder.getStyleClass().addAll("kith-subtle", "kith-small");
        folder.setWrapText(true);
        folder.textProperty().bind(today.folderLineProperty());
        VBox card = card("", summary, hint, folder);
        Label caption = (Label) card.getChildren().get(0);
        caption.setId("today-journal-caption");
        caption.textProperty().bind(today.journalCaptionProperty().map(text -> text.toUpperCase(Locale.ROOT)));
        return card;
    }

    private static VBox comingCard() {
        Label text = new Label("Who to reach out to, follow-ups that are due, birthdays coming up and this "
                + "month's mix of chit and chat will appear here in a coming version of Kith.");
        text.getStyleClass().add("kith-muted");
        text.setWrapText(true);
        return card("Coming to this screen", text);
    }

    private static VBox card(String caption, Node... body) {
        Label title = new Label(caption.toUpperCase(Locale.ROOT));
        title.getStyleClass().add("kith-card-title");
        VBox card = new VBox(title);
        card.getChildren().addAll(body);
        card.getStyleClass().add("kith-card");
        return card;
    }
}
