package app.kith.ui.review;

import app.kith.ui.common.Shown;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * A session under way: the progress ("4 of 10"), the person's card, what was decided for them when shown again, and
 * one button per action with its key (L, S, C, G, ←, →, Esc), the keys working wherever the focus is.
 */
final class ReviewSessionView {

    private final ReviewViewModel model;
    private final ReviewChoicesView choices;
    private final VBox root;

    ReviewSessionView(ReviewViewModel model) {
        this.model = model;
        this.choices = new ReviewChoicesView(model);
        Label title = new Label("Review");
        title.getStyleClass().add("kith-screen-title");
        Label progress = new Label();
        progress.setId("review-progress");
        progress.getStyleClass().add("kith-review-progress-text");
        progress.textProperty().bind(model.progressProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button end = KeyButton.of("review-end", "End review", "Esc", "End the review here", model::end);
        HBox header = new HBox(title, progress, gap, end);
        header.getStyleClass().addAll("kith-screen-header", "kith-review-header");
        ProgressBar bar = new ProgressBar();
        bar.setId("review-progress-bar");
        bar.getStyleClass().addAll("kith-meter", "kith-review-progress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(model.progressShareProperty());
        bar.setAccessibleText("Progress of the review");

        Label decided = new Label();
        decided.setId("review-decided");
        decided.getStyleClass().add("kith-review-decided");
        decided.setWrapText(true);
        decided.textProperty().bind(model.decidedProperty());
        Shown.shownWhile(decided, model.decidedProperty().isNotEmpty());
        Label problem = new Label();
        problem.setId("review-problem");
        problem.getStyleClass().add("kith-field-error");
        problem.setWrapText(true);
        problem.textProperty().bind(model.problemProperty());
        Shown.shownWhile(problem, model.problemProperty().isNotEmpty());

        root = new VBox(header, bar, new ReviewCardView(model.cardProperty()).node(), decided, problem, actions(),
                choices.node());
        root.setId("review-session");
        root.getStyleClass().addAll("kith-screen", "kith-review");
        root.setMaxWidth(944);
    }

    Node node() {
        return root;
    }

    private Node actions() {
        Button back = KeyButton.of("review-back", "Back", "\u2190", "Back to the person before", model::back);
        back.disableProperty().bind(model.canGoBackProperty().not());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        FlowPane decide = new FlowPane(
                KeyButton.of("review-log", "Log", "L", "Log a conversation with them", model::log),
                KeyButton.of("review-snooze", "Snooze", "S", "Snooze: out of the review for a while", choices::openSnooze),
                KeyButton.of("review-cadence", "Cadence", "C", "Change how often you mean to talk", choices::openCadence),
                KeyButton.of("review-let-go", "Let go", "G", "Let go: archive them (you can undo it)", model::letGo));
        decide.getStyleClass().add("kith-review-actions");
        HBox.setHgrow(decide, Priority.ALWAYS);
        HBox moves = new HBox(back,
                KeyButton.of("review-skip", "Skip", "\u2192", "Skip to the next person (or N)", model::skip));
        moves.getStyleClass().add("kith-review-actions");
        HBox row = new HBox(decide, gap, moves);
        row.setId("review-actions");
        row.getStyleClass().add("kith-review-action-row");
        Shown.shownWhile(row, choices.openProperty().isEqualTo(ReviewChoicesView.Open.NONE));
        return row;
    }

    /** A key pressed while the session is shown, with no modifier; true when it was the session's. */
    boolean key(KeyEvent event) {
        KeyCode code = event.getCode();
        switch (choices.openProperty().get()) {
            case SNOOZE:
                return choices.snoozeKey(code);
            case DATE, CADENCE:
                return choices.fieldKey(code);
            default:
                break;
        }
        switch (code) {
            case L -> model.log();
            case S -> choices.openSnooze();
            case C -> choices.openCadence();
            case G -> model.letGo();
            case N, RIGHT -> model.skip();
            case LEFT -> model.back();
            case ESCAPE -> model.end();
            default -> {
                return false;
            }
        }
        return true;
    }
}
