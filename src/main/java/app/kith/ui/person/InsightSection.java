package app.kith.ui.person;

import app.kith.ui.common.InsightSnapshot;
import app.kith.ui.common.Shown;
import java.util.List;
import java.util.UUID;
import javafx.collections.ListChangeListener;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Depth with its three components as bars, then the four labels, the ring and the rhythm, each
 * with the sentence that explains it: every number on the page says where it comes from.
 */
public final class InsightSection implements PersonSection {

    private final InsightViewModel model;
    private final VBox root;

    public InsightSection(InsightSnapshot insight) {
        this(new InsightViewModel(insight));
    }

    InsightSection(InsightViewModel model) {
        this.model = model;
        GridPane grid = grid();
        // One grid for the components and the labels, so that their words line up.
        model.labels().addListener((ListChangeListener<InsightViewModel.Line>) change -> fill(grid));
        root = Sections.card("Insight", "person-insight", depthLine(), grid,
                Sections.problem(model.problemProperty()));
        Shown.shownWhile(root, model.knownProperty().or(model.problemProperty().isNotNull()));
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void show(UUID personId) {
        model.show(personId);
    }

    /** "84  Depth, out of 100  [########  ]  ↓ 22 since June". */
    private HBox depthLine() {
        Label number = new Label();
        number.setId("insight-depth");
        number.getStyleClass().add("kith-depth-number");
        number.textProperty().bind(model.depthProperty().asString());
        Label caption = new Label("Depth");
        caption.getStyleClass().add("kith-depth-caption");
        Label scale = new Label("out of 100");
        scale.getStyleClass().addAll("kith-subtle", "kith-small");
        ProgressBar bar = new ProgressBar();
        bar.getStyleClass().addAll("kith-meter", "kith-depth-meter");
        bar.progressProperty().bind(model.depthProperty().divide(100.0));
        bar.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(bar, Priority.ALWAYS);
        VBox words = new VBox(caption, scale);
        HBox line = new HBox(number, words, bar, direction());
        line.getStyleClass().add("kith-depth-line");
        return line;
    }

    /** Where Depth is heading, coloured by whether it fell or rose, and said in words to a screen reader. */
    private Label direction() {
        Label label = new Label();
        label.setId("insight-direction");
        label.setMinWidth(Region.USE_PREF_SIZE);
        model.directionProperty().addListener((observable, was, now) -> {
            label.getStyleClass().setAll("label", "kith-depth-direction");
            if (now != null) {
                label.getStyleClass().add("kith-depth-direction-" + now.code());
            }
            label.setText(now == null ? null : now.text());
            label.setAccessibleText(now == null ? null : now.spoken());
        });
        return label;
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setId("insight-grid");
        grid.getStyleClass().add("kith-insight-grid");
        ColumnConstraints name = new ColumnConstraints(88);
        ColumnConstraints middle = new ColumnConstraints(136);
        ColumnConstraints value = new ColumnConstraints();
        value.setHalignment(HPos.RIGHT);
        ColumnConstraints words = new ColumnConstraints();
        words.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(name, middle, value, words);
        return grid;
    }

    /** Lays out what the model shows; its lists are all set together, the labels last. */
    private void fill(GridPane grid) {
        grid.getChildren().clear();
        int row = fillComponents(grid, model.components());
        if (row > 0) {
            Region rule = new Region();
            rule.getStyleClass().add("kith-insight-rule");
            grid.add(rule, 0, row++, 4, 1);
        }
        fillLines(grid, row, model.labels(), model.rhythm());
    }

    private static int fillComponents(GridPane grid, List<InsightViewModel.Component> components) {
        int row = 0;
        for (InsightViewModel.Component component : components) {
            ProgressBar bar = new ProgressBar(component.value());
            bar.getStyleClass().add("kith-meter");
            bar.setMaxWidth(Double.MAX_VALUE);
            bar.setAccessibleText(component.name() + " " + component.valueText());
            Label value = new Label(component.valueText());
            value.getStyleClass().add("kith-figure");
            value.setMinWidth(Region.USE_PREF_SIZE);
            grid.addRow(row++, name(component.name()), bar, value, words(component.evidence()));
        }
        return row;
    }

    private static void fillLines(GridPane grid, int first, List<InsightViewModel.Line> labels,
                                  List<InsightViewModel.Line> rhythm) {
        int row = first;
        for (InsightViewModel.Line line : labels) {
            Label chip = new Label(line.value());
            chip.getStyleClass().addAll("kith-chip", "kith-chip-" + (line.code().isEmpty() ? "none" : line.code()));
            HBox holder = new HBox(chip);
            holder.setAlignment(Pos.CENTER_LEFT);
            grid.add(name(line.name()), 0, row);
            grid.add(holder, 1, row, 2, 1);
            grid.add(words(line.reason()), 3, row++);
        }
        for (InsightViewModel.Line line : rhythm) {
            Label value = new Label(line.value());
            value.getStyleClass().addAll("kith-rhythm-value", "kith-rhythm-" + (line.code().isEmpty() ? "none" : line.code()));
            value.setWrapText(true);
            grid.add(name(line.name()), 0, row);
            grid.add(value, 1, row, 2, 1);
            grid.add(words(line.reason()), 3, row++);
        }
    }

    private static Label name(String text) {
        Label name = new Label(text);
        name.getStyleClass().add("kith-insight-name");
        return name;
    }

    private static Label words(String text) {
        Label words = new Label(text);
        words.getStyleClass().add("kith-insight-words");
        words.setWrapText(true);
        GridPane.setHalignment(words, HPos.LEFT);
        return words;
    }
}
