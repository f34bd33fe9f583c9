package app.kith.ui.home;

import app.kith.domain.Depth;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * This month and the 11 before it as stacked bars, small talk at the foot and deep at the top, in the depth
 * ramp's colours (the same swatches as the Log dialog and the timeline), with a legend. Each bar says its month
 * in a tooltip and to a screen reader; the chart as a whole reads as the months' sentences.
 */
final class MonthMixChart {

    /** The height of the tallest bar. */
    private static final double BAR_HEIGHT = 96;

    private final ObservableList<TodayItems.Month> months;
    private final HBox bars = new HBox();
    private final VBox chart;

    MonthMixChart(ObservableList<TodayItems.Month> months) {
        this.months = months;
        bars.getStyleClass().add("kith-month-bars");
        bars.setFocusTraversable(true);
        bars.setAccessibleRole(AccessibleRole.TEXT);
        chart = new VBox(bars, legend());
        chart.getStyleClass().add("kith-month-chart");
        months.addListener((ListChangeListener<TodayItems.Month>) change -> rebuild());
        rebuild();
    }

    Node node() {
        return chart;
    }

    private void rebuild() {
        int tallest = Math.max(1, months.stream().mapToInt(month -> month.mix().total()).max().orElse(1));
        List<Node> columns = months.stream().map(month -> column(month, tallest,
                month == months.get(months.size() - 1))).toList();
        bars.getChildren().setAll(columns);
        bars.setAccessibleText("Conversations by depth, month by month: "
                + String.join("; ", months.stream().map(TodayItems.Month::description).toList()) + ".");
    }

    private static Node column(TodayItems.Month month, int tallest, boolean current) {
        VBox stack = new VBox();
        stack.getStyleClass().add("kith-month-stack");
        // Deep at the top, small talk at the foot: the ramp reads from light at the base to strong at the top.
        for (int i = Depth.values().length - 1; i >= 0; i--) {
            Depth depth = Depth.values()[i];
            int count = month.mix().count(depth);
            if (count > 0) {
                Region segment = new Region();
                segment.getStyleClass().addAll("kith-month-segment", "kith-depth-" + depth.code());
                double height = Math.max(1, BAR_HEIGHT * count / tallest);
                segment.setMinHeight(height);
                segment.setPrefHeight(height);
                segment.setMaxHeight(height);
                segment.setMaxWidth(Double.MAX_VALUE);
                stack.getChildren().add(segment);
            }
        }
        VBox bar = new VBox(stack);
        bar.getStyleClass().add("kith-month-bar");
        bar.setMinHeight(BAR_HEIGHT);
        bar.setPrefHeight(BAR_HEIGHT);
        Label total = new Label(month.mix().total() == 0 ? "" : Integer.toString(month.mix().total()));
        total.getStyleClass().add("kith-month-total");
        Label name = new Label(month.label());
        name.getStyleClass().add("kith-month-label");
        if (current) {
            name.getStyleClass().add("kith-month-current");
        }
        VBox column = new VBox(total, bar, name);
        column.getStyleClass().add("kith-month-column");
        column.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(column, Priority.ALWAYS);
        Tooltip tip = new Tooltip(month.description());
        tip.setShowDelay(Duration.millis(200));
        Tooltip.install(column, tip);
        column.setAccessibleText(month.description());
        return column;
    }

    private static Node legend() {
        HBox legend = new HBox();
        legend.getStyleClass().add("kith-month-legend");
        for (Depth depth : Depth.values()) {
            Region swatch = new Region();
            swatch.getStyleClass().addAll("kith-depth-swatch", "kith-depth-" + depth.code());
            Label label = new Label(depth.label(), swatch);
            label.getStyleClass().addAll("kith-muted", "kith-small");
            legend.getChildren().add(label);
        }
        return legend;
    }
}
