package app.kith.ui.review;

import app.kith.ui.common.Icons;
import app.kith.ui.common.ListFocus;
import app.kith.ui.common.Shown;
import atlantafx.base.theme.Styles;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/**
 * The Review screen between sessions: who is waiting, with Start review (Enter), or a warm word when nobody is;
 * then the reviews held, one opened to show each person and decision.
 */
final class ReviewStartView {

    private final ReviewViewModel model;
    private final VBox root;


    ReviewStartView(ReviewViewModel model) {
        this.model = model;
        Label title = new Label("Review");
        title.getStyleClass().add("kith-screen-title");
        HBox header = new HBox(title);
        header.getStyleClass().add("kith-screen-header");

        BooleanBinding someone = model.waitingProperty().greaterThan(0);
        Label waiting = new Label();
        waiting.setId("review-waiting");
        waiting.getStyleClass().add("kith-summary");
        waiting.setWrapText(true);
        waiting.setGraphicTextGap(12);
        waiting.textProperty().bind(model.waitingTextProperty());
        waiting.graphicProperty().bind(Bindings.when(someone).then((Node) null)
                .otherwise(Icons.icon(Feather.SUN)));
        Label how = new Label();
        how.getStyleClass().add("kith-muted");
        how.setWrapText(true);
        how.textProperty().bind(model.howItGoesProperty());
        Shown.shownWhile(how, someone);
        Button start = new Button("Start review", Icons.icon(Feather.PLAY));
        start.setId("review-start");
        start.getStyleClass().add(Styles.ACCENT);
        start.setAccessibleText("Start the review (Enter)");
        start.setOnAction(event -> model.start());
        Shown.shownWhile(start, someone);
        Label enter = new Label("Enter");
        enter.getStyleClass().add("kith-key");
        Shown.shownWhile(enter, someone);
        HBox startLine = new HBox(12, start, enter);
        startLine.getStyleClass().add("kith-review-start-line");
        VBox waitingCard = card("Who is waiting", waiting, how, startLine);
        waitingCard.setId("review-waiting-card");

        root = new VBox(header, waitingCard, history());
        root.setId("review-start-page");
        root.getStyleClass().addAll("kith-screen", "kith-review");
    }

    Node node() {
        return root;
    }


    private Node history() {
        ReviewHistoryModel history = model.history();
        Label none = new Label("No review held yet. Each one is kept here, with what you decided for each person.");
        none.setId("review-history-empty");
        none.getStyleClass().add("kith-muted");
        none.setWrapText(true);
        BooleanBinding empty = Bindings.isEmpty(history.reviews());
        Shown.shownWhile(none, empty);

        ListView<ReviewHistoryModel.PastReview> list = new ListView<>(history.reviews());
        list.setId("review-history");
        list.setAccessibleText("Reviews held");
        ListFocus.followSelection(list);
        list.setPrefWidth(340);
        list.setMinWidth(240);
        list.setPrefHeight(320);
        list.setCellFactory(view -> new PastReviewCell());
        list.getSelectionModel().selectedItemProperty().addListener((observable, was, now) -> {
            if (now != null) {
                history.openedProperty().set(now);
            }
        });
        history.openedProperty().addListener((observable, was, now) -> {
            if (now != null && list.getSelectionModel().getSelectedItem() != now) {
                list.getSelectionModel().select(now);
            }
        });
        GridPane decisions = new GridPane();
        decisions.setId("review-history-decisions");
        decisions.getStyleClass().add("kith-review-history-decisions");
        history.openedProperty().addListener((observable, was, now) -> fill(decisions, now));
        Label heading = new Label();
        heading.getStyleClass().add("kith-review-choice-title");
        heading.textProperty().bind(history.openedProperty().map(ReviewHistoryModel.PastReview::date).orElse(""));
        VBox opened = new VBox(8, heading, decisions);
        HBox.setHgrow(opened, Priority.ALWAYS);
        HBox both = new HBox(16, list, opened);
        Shown.shownWhile(both, empty.not());
        VBox card = card("Reviews held", none, both);
        card.setId("review-history-card");
        return card;
    }

    private static void fill(GridPane grid, ReviewHistoryModel.PastReview review) {
        grid.getChildren().clear();
        if (review == null) {
            return;
        }
        int row = 0;
        for (ReviewHistoryModel.Line line : review.decisions()) {
            Label name = new Label(line.name());
            name.getStyleClass().add("kith-review-history-name");
            Label decision = new Label(line.decision());
            decision.getStyleClass().add("kith-muted");
            grid.addRow(row++, name, decision);
        }
    }

    static VBox card(String caption, Node... body) {
        Label title = new Label(caption.toUpperCase(Locale.ROOT));
        title.getStyleClass().add("kith-card-title");
        VBox card = new VBox(title);
        card.getChildren().addAll(body);
        card.getStyleClass().add("kith-card");
        return card;
    }

    /** "Sunday, 22 November 2026" over "10 decisions: 4 logged, …". */
    private static final class PastReviewCell extends ListCell<ReviewHistoryModel.PastReview> {

        private final Label date = new Label();
        private final Label counts = new Label();
        private final VBox box = new VBox(2, date, counts);

        PastReviewCell() {
            date.getStyleClass().add("kith-review-history-date");
            counts.getStyleClass().addAll("kith-muted", "kith-small");
            // The counts wrap within the list's width rather than push a sideways scroll bar onto it.
            counts.setWrapText(true);
            counts.setMinHeight(Region.USE_PREF_SIZE);
            box.prefWidthProperty().bind(widthProperty().subtract(24));
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(ReviewHistoryModel.PastReview item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setAccessibleText(null);
            } else {
                date.setText(item.date());
                counts.setText(item.counts());
                setGraphic(box);
                setAccessibleText(item.date() + ", " + item.counts());
            }
        }
    }
}
