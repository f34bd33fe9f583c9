package app.kith.ui.review;

import app.kith.ui.common.Shown;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The person the review is at: name, ring and labels; the reason in large type; then the cadence and the silence,
 * Depth, the last conversation, what matters to them, the favours still promised and the follow-ups due.
 */
final class ReviewCardView {

    private static final double CAPTION_WIDTH = 128;

    private final VBox root = new VBox();
    private final Label name = text("review-card-name", "kith-review-name");
    private final Label ring = text("review-card-ring", "kith-muted");
    private final HBox chips = new HBox();
    private final Label reason = text("review-card-reason", "kith-review-reason");
    private final Label cadence = text("review-card-cadence", "kith-review-value");
    private final Label overdue = text("review-card-overdue", "kith-review-value");
    private final Label depth = text("review-card-depth", "kith-review-depth");
    private final ProgressBar depthBar = new ProgressBar();
    private final Label last = text("review-card-last", "kith-review-value");
    private final Label note = text("review-card-note", "kith-review-note");
    private final Label matters = text("review-card-matters", "kith-review-value");
    private final VBox favours = new VBox(2);
    private final VBox followUps = new VBox(2);
    private final VBox facts = new VBox();

    ReviewCardView(ReadOnlyObjectProperty<ReviewCard> card) {
        chips.getStyleClass().add("kith-review-chips");
        HBox.setHgrow(chips, Priority.NEVER);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(new VBox(2, name, ring), gap, chips);
        top.getStyleClass().add("kith-review-top");
        depthBar.getStyleClass().add("kith-meter");
        depthBar.setPrefWidth(160);
        facts.getStyleClass().add("kith-review-facts");
        Shown.shownWhile(note, note.textProperty().isNotEmpty());
        row("Cadence", cadence);
        row("Silence", overdue);
        HBox depthLine = new HBox(12, depth, depthBar);
        depthLine.getStyleClass().add("kith-review-depth-line");
        row("Depth", depthLine);
        row("Last talked", new VBox(2, last, note));
        row("What matters", matters);
        row("Promised", favours);
        row("Follow-ups due", followUps);
        root.getChildren().addAll(top, reason, facts);
        root.getStyleClass().addAll("kith-card", "kith-review-card");
        root.setId("review-card");
        card.addListener((observable, was, now) -> show(now));
        show(card.get());
    }

    Node node() {
        return root;
    }

    private void show(ReviewCard card) {
        if (card == null) {
            return;
        }
        name.setText(card.name());
        ring.setText(card.ring());
        reason.setText(card.reason());
        root.setAccessibleText(card.name() + ": " + card.reason());
        chips.getChildren().setAll(card.labels().stream().map(ReviewCardView::chip).toList());
        cadence.setText(card.cadence());
        overdue.setText(card.overdue());
        overdue.getStyleClass().removeIf(style -> style.startsWith("kith-rhythm-"));
        if (!card.overdueCode().isEmpty()) {
            overdue.getStyleClass().add("kith-rhythm-" + card.overdueCode());
        }
        depth.setText(card.depth() + " of 100");
        depthBar.setProgress(card.depth() / 100.0);
        last.setText(card.loading() ? "Reading\u2026" : card.lastConversation());
        note.setText(card.lastNote().isEmpty() ? "" : "\u201c" + card.lastNote() + "\u201d");
        matters.setText(card.matters());
        fill(favours, card.favours(), "review-favour");
        fill(followUps, card.followUps(), "review-follow-up");
    }

    /** A fact: its caption and its value, the two taking no room while the value has nothing to say. */
    private void row(String caption, Node value) {
        Label title = new Label(caption);
        title.getStyleClass().add("kith-review-caption");
        title.setMinWidth(CAPTION_WIDTH);
        title.setPrefWidth(CAPTION_WIDTH);
        HBox.setHgrow(value, Priority.ALWAYS);
        HBox row = new HBox(title, value);
        row.getStyleClass().add("kith-review-fact");
        if (value instanceof Label label) {
            Shown.shownWhile(row, label.textProperty().isNotEmpty());
        } else if (value == favours || value == followUps) {
            Shown.shownWhile(row, Bindings.isNotEmpty(((VBox) value).getChildren()));
        }
        facts.getChildren().add(row);
    }

    private static void fill(VBox box, List<String> lines, String style) {
        box.getChildren().setAll(lines.stream().map(line -> {
            Label label = new Label(line);
            label.setWrapText(true);
            label.getStyleClass().addAll("kith-review-value", style);
            return label;
        }).toList());
    }

    private static Label chip(ReviewCard.Chip chip) {
        Label label = new Label(chip.text());
        label.getStyleClass().addAll("kith-chip", "kith-chip-" + chip.code());
        return label;
    }

    private static Label text(String id, String style) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.getStyleClass().add(style);
        return label;
    }
}
