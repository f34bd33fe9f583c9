package app.kith.ui.review;

import app.kith.ui.common.Shown;
import atlantafx.base.theme.Styles;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The end of a session: how many were reviewed and how, each person and decision, and who is still waiting. */
final class ReviewSummaryView {

    private final VBox root;


    ReviewSummaryView(ReviewViewModel model) {
        Label title = new Label();
        title.getStyleClass().add("kith-screen-title");
        title.textProperty().bind(model.endedEarlyProperty().map(early -> early ? "Review ended" : "Review done"));
        HBox header = new HBox(title);
        header.getStyleClass().add("kith-screen-header");
        Label summary = new Label();
        summary.setId("review-summary");
        summary.getStyleClass().add("kith-summary");
        summary.setWrapText(true);
        summary.textProperty().bind(model.summaryProperty());
        GridPane lines = new GridPane();
        lines.setId("review-summary-lines");
        lines.getStyleClass().add("kith-review-history-decisions");
        model.summaryLines().addListener((ListChangeListener<ReviewHistoryModel.Line>) change -> {
            lines.getChildren().clear();
            int row = 0;
            for (ReviewHistoryModel.Line line : model.summaryLines()) {
                Label name = new Label(line.name());
                name.getStyleClass().add("kith-review-history-name");
                Label decision = new Label(line.decision());
                decision.getStyleClass().add("kith-muted");
                lines.addRow(row++, name, decision);
            }
        });
        Shown.shownWhile(lines, javafx.beans.binding.Bindings.isNotEmpty(model.summaryLines()));
        Label left = new Label();
        left.setId("review-left");
        left.getStyleClass().add("kith-muted");
        left.setWrapText(true);
        left.textProperty().bind(model.leftProperty());

        Button done = KeyButton.of("review-done", "Done", "Enter", "Close the summary", model::done);
        done.getStyleClass().add(Styles.ACCENT);
        Button back = KeyButton.of("review-summary-back", "Back", "\u2190", "Back to the last person", model::back);
        back.disableProperty().bind(model.canGoBackProperty().not());
        HBox buttons = new HBox(8, done, back);
        Label problem = new Label();
        problem.getStyleClass().add("kith-field-error");
        problem.setWrapText(true);
        problem.textProperty().bind(model.problemProperty());
        Shown.shownWhile(problem, model.problemProperty().isNotEmpty());
        root = new VBox(header, ReviewStartView.card("Summary", summary, lines, left), problem, buttons);
        root.setId("review-summary-page");
        root.getStyleClass().addAll("kith-screen", "kith-review");
    }

    Node node() {
        return root;
    }

}
