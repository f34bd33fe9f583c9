package app.kith.ui.pictures;

import app.kith.ui.person.InsightViewModel;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The card a picture shows beside the person pointed at: name, headline, and each label as a chip (the colours the
 * People list gives them) with its reason. It sits in an overlay above the drawing and never takes the pointer.
 */
public final class HoverCard {

    private static final double WIDTH = 380;
    /** Room between the dot and the card. */
    private static final double GAP = 12;

    private final VBox box = new VBox();
    private final Label name = new Label();
    private final Label headline = new Label();
    private final GridPane lines = new GridPane();

    public HoverCard(String id) {
        name.getStyleClass().add("kith-card-name");
        headline.getStyleClass().addAll("kith-muted", "kith-small");
        headline.setWrapText(true);
        lines.getStyleClass().add("kith-card-lines");
        ColumnConstraints label = new ColumnConstraints();
        label.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints chip = new ColumnConstraints();
        chip.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints reason = new ColumnConstraints();
        reason.setHgrow(Priority.ALWAYS);
        lines.getColumnConstraints().addAll(label, chip, reason);
        Label hint = new Label("Click or Enter opens their page");
        hint.getStyleClass().addAll("kith-subtle", "kith-small");
        box.getChildren().addAll(name, headline, lines, hint);
        box.getStyleClass().add("kith-hover-card");
        box.setId(id);
        name.setId(id + "-name");
        box.setMouseTransparent(true);
        box.setManaged(false);
        box.setPrefWidth(WIDTH);
        box.setVisible(false);
    }

    public Node node() {
        return box;
    }

    /** Shows the card (null hides it). */
    public void show(PersonCard card) {
        box.setVisible(card != null);
        if (card == null) {
            return;
        }
        name.setText(card.name());
        headline.setText(card.headline());
        lines.getChildren().clear();
        int row = 0;
        for (InsightViewModel.Line line : card.lines()) {
            Label what = new Label(line.name());
            what.getStyleClass().addAll("kith-muted", "kith-small");
            what.setMinWidth(Region.USE_PREF_SIZE);
            Label chip = new Label(line.value());
            chip.setMinWidth(Region.USE_PREF_SIZE);
            chip.getStyleClass().addAll("kith-chip", "kith-chip-" + (line.code().isEmpty() ? "none" : line.code()));
            HBox holder = new HBox(chip);
            holder.setAlignment(Pos.CENTER_LEFT);
            Label reason = new Label(line.reason());
            reason.getStyleClass().add("kith-small");
            reason.setWrapText(true);
            GridPane.setHalignment(reason, HPos.LEFT);
            lines.addRow(row++, what, holder, reason);
        }
        box.setAccessibleText(card.name() + ". " + card.headline());
    }

    /**
     * Places the card beside a dot at (x, y) of the given radius, to its right when there is room, else to its
     * left, and always within the area.
     */
    public void placeBeside(double x, double y, double radius, double areaWidth, double areaHeight) {
        box.applyCss();
        double height = box.prefHeight(WIDTH);
        box.resize(WIDTH, height);
        double left = x + radius + GAP;
        if (left + WIDTH > areaWidth - 4) {
            left = x - radius - GAP - WIDTH;
        }
        double top = Math.max(4, Math.min(areaHeight - height - 4, y - height / 2));
        box.relocate(Math.max(4, left), top);
    }
}
