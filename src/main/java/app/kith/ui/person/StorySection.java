package app.kith.ui.person;

import app.kith.store.Journal;
import app.kith.ui.common.JournalChanges;
import app.kith.ui.common.Shown;
import app.kith.ui.common.TaskRunner;
import app.kith.ui.common.Tips;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The person's story beside their insight: Depth by month over two years with Time, Intimacy and Services beneath,
 * the favour ledger (given up, received down, a promise hollow), and who started the conversations, quarter by
 * quarter; each chart with its sentence. JavaFX's own charts, coloured from the theme (kith.css), no animation.
 */
public final class StorySection implements PersonSection {

    private static final double AXIS_WIDTH = 40;

    private final StoryViewModel model;
    private final VBox root;
    private final LineChart<Number, Number> depth = lineChart("story-depth", 0, 100, 25, 140);
    private final LineChart<Number, Number> components = lineChart("story-components", 0, 1, 0.5, 100);
    private final LineChart<Number, Number> ledger = lineChart("story-ledger", 0, 0, 0, 130);
    private final StackedBarChart<String, Number> initiative =
            new StackedBarChart<>(new CategoryAxis(), new NumberAxis());
    private final Label depthCaption = caption("story-depth-caption");
    private final Label favourCaption = caption("story-favour-caption");
    private final Label initiativeCaption = caption("story-initiative-caption");

    public StorySection(TaskRunner tasks, ObservableValue<Journal> journal, JournalChanges changes, Clock clock,
                        Locale locale) {
        this(new StoryViewModel(tasks, journal, changes, clock, locale));
    }

    StorySection(StoryViewModel model) {
        this.model = model;
        ((NumberAxis) ledger.getYAxis()).setAutoRanging(true);
        ((NumberAxis) ledger.getYAxis()).setForceZeroInRange(true);
        initiative.setId("story-initiative");
        initiative.getStyleClass().addAll("kith-story-chart", "kith-story-initiative");
        initiative.setAnimated(false);
        initiative.setPrefHeight(120);
        initiative.setMinHeight(120);
        initiative.setLegendVisible(false);
        initiative.setCategoryGap(14);
        ((NumberAxis) initiative.getYAxis()).setMinorTickVisible(false);
        initiative.getYAxis().setMinWidth(AXIS_WIDTH);
        initiative.getYAxis().setPrefWidth(AXIS_WIDTH);
        root = Sections.card("Story", "person-story",
                heading("Depth by month"), depth, components, componentLegend(), depthCaption,
                heading("Favours"), ledger, favourLegend(), favourCaption,
                heading("Who starts the conversations"), initiative, initiativeLegend(), initiativeCaption,
                Sections.problem(model.problemProperty()));
        model.chartsProperty().addListener((observable, was, now) -> show(now));
        Shown.shownWhile(root, model.chartsProperty().isNotNull().or(model.problemProperty().isNotNull()));
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void show(UUID personId) {
        model.show(personId);
    }

    private void show(StoryViewModel.Charts charts) {
        if (charts == null) {
            return;
        }
        for (LineChart<Number, Number> chart : List.of(depth, components, ledger)) {
            NumberAxis across = (NumberAxis) chart.getXAxis();
            across.setUpperBound(charts.end());
            across.setTickLabelFormatter(months(charts.start()));
        }
        depth.getData().setAll(List.of(series("Depth", charts.depth())));
        components.getData().setAll(List.of(series("Time", charts.time()), series("Intimacy", charts.intimacy()),
                series("Services", charts.services())));
        XYChart.Series<Number, Number> marks = new XYChart.Series<>();
        marks.setName("Favours");
        for (StoryViewModel.Mark mark : charts.marks()) {
            XYChart.Data<Number, Number> point = new XYChart.Data<>(mark.x(), mark.balance());
            point.setNode(marker(mark));
            marks.getData().add(point);
        }
        ledger.getData().setAll(List.of(series("Balance", charts.ledger()), marks));
        XYChart.Series<String, Number> mine = new XYChart.Series<>();
        mine.setName("You");
        XYChart.Series<String, Number> theirs = new XYChart.Series<>();
        theirs.setName("They");
        XYChart.Series<String, Number> both = new XYChart.Series<>();
        both.setName("Both");
        for (StoryViewModel.Bar bar : charts.quarters()) {
            mine.getData().add(new XYChart.Data<>(bar.quarter(), bar.mine()));
            theirs.getData().add(new XYChart.Data<>(bar.quarter(), bar.theirs()));
            both.getData().add(new XYChart.Data<>(bar.quarter(), bar.both()));
        }
        ((CategoryAxis) initiative.getXAxis()).getCategories()
                .setAll(charts.quarters().stream().map(StoryViewModel.Bar::quarter).toList());
        initiative.getData().setAll(List.of(mine, theirs, both));
        depthCaption.setText(charts.depthCaption());
        favourCaption.setText(charts.favourCaption());
        initiativeCaption.setText(charts.initiativeCaption());
    }

    private StringConverter<Number> months(LocalDate start) {
        return new StringConverter<>() {
            @Override
            public String toString(Number x) {
                return model.monthAt(start, x.doubleValue());
            }

            @Override
            public Number fromString(String text) {
                return null;
            }
        };
    }

    private static XYChart.Series<Number, Number> series(String name, List<StoryViewModel.Point> points) {
        XYChart.Series<Number, Number> series = new XYChart.Series<>();
        series.setName(name);
        for (StoryViewModel.Point point : points) {
            series.getData().add(new XYChart.Data<>(point.x(), point.y()));
        }
        return series;
    }

    /**
     * A favour on the ledger: up for given, down for received, hollow while promised. The chart gives its symbols
     * its own style classes in place of theirs, so the mark sits inside a plain holder, which the chart styles.
     */
    private static Node marker(StoryViewModel.Mark mark) {
        Region marker = new Region();
        marker.getStyleClass().addAll("kith-favour-mark", mark.given() ? "kith-favour-given" : "kith-favour-received");
        if (mark.promised()) {
            marker.getStyleClass().add("kith-favour-promised");
        }
        StackPane holder = new StackPane(marker);
        holder.setAccessibleText(mark.words());
        Tips.install(holder, mark.words());
        return holder;
    }

    /** The components' lines, named as the insight section names them. */
    private static HBox componentLegend() {
        return legend(legendMark("Time: all contact", "kith-story-line", "kith-story-time"),
                legendMark("Intimacy: personal and deep talks", "kith-story-line", "kith-story-intimacy"),
                legendMark("Services: favours", "kith-story-line", "kith-story-services"));
    }

    /** The bars' colours: who started them. */
    private static HBox initiativeLegend() {
        return legend(legendMark("you", "kith-story-swatch", "kith-story-you"),
                legendMark("they", "kith-story-swatch", "kith-story-they"),
                legendMark("both (mutual)", "kith-story-swatch", "kith-story-both"));
    }

    private static HBox favourLegend() {
        return legend(legendMark("given", "kith-favour-mark", "kith-favour-given"),
                legendMark("received", "kith-favour-mark", "kith-favour-received"),
                legendMark("promised, not yet done", "kith-favour-mark", "kith-favour-given", "kith-favour-promised"));
    }

    private static HBox legend(HBox... marks) {
        HBox legend = new HBox(14, marks);
        legend.getStyleClass().add("kith-story-legend");
        return legend;
    }

    /** One entry of a legend: a mark drawn by its style classes, then what it stands for. */
    private static HBox legendMark(String words, String... styles) {
        Region mark = new Region();
        mark.getStyleClass().addAll(styles);
        Label label = new Label(words);
        label.getStyleClass().addAll("kith-muted", "kith-small");
        HBox item = new HBox(5, mark, label);
        item.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return item;
    }

    private static LineChart<Number, Number> lineChart(String id, double lower, double upper, double step,
                                                       double height) {
        NumberAxis across = new NumberAxis(0, 24, 3);
        across.setMinorTickVisible(false);
        across.setAutoRanging(false);
        NumberAxis up = new NumberAxis(lower, upper, step);
        up.setMinorTickVisible(false);
        up.setAutoRanging(false);
        // One width for every chart's numbers, so that their months line up.
        up.setMinWidth(AXIS_WIDTH);
        up.setPrefWidth(AXIS_WIDTH);
        LineChart<Number, Number> chart = new LineChart<>(across, up);
        chart.setId(id);
        chart.getStyleClass().addAll("kith-story-chart", "kith-" + id);
        chart.setAnimated(false);
        chart.setCreateSymbols(false);
        chart.setLegendVisible(false);
        chart.setPrefHeight(height);
        chart.setMinHeight(height);
        return chart;
    }

    private static Label heading(String text) {
        Label heading = new Label(text);
        heading.getStyleClass().add("kith-story-heading");
        return heading;
    }

    private static Label caption(String id) {
        Label caption = new Label();
        caption.setId(id);
        caption.getStyleClass().add("kith-story-caption");
        caption.setWrapText(true);
        return caption;
    }
}
