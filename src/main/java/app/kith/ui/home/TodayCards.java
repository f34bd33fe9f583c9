package app.kith.ui.home;

import app.kith.ui.common.Icons;
import app.kith.ui.common.Shown;
import app.kith.ui.common.Tips;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/** Today's cards, each a caption and its items; every item is a button that leads where it says. */
final class TodayCards {

    private final TodayViewModel today;
    private final int firstRows;

    TodayCards(TodayViewModel today, int firstRows) {
        this.today = today;
        this.firstRows = firstRows;
    }

    VBox reachOut() {
        ItemList<TodayItems.ReachOut> list = new ItemList<>(today.reachOut(), item -> TodayRow.create(null,
                item.name(), item.reason(), "", () -> today.openPerson(item.person())), firstRows,
                "Nobody is overdue for a conversation.", "people");
        list.node().setId("today-reach-out-list");
        Label more = new Label();
        more.getStyleClass().addAll("kith-muted", "kith-small");
        more.textProperty().bind(today.moreWaitingProperty());
        Shown.shownWhile(more, today.moreWaitingProperty().isNotEmpty());
        Button start = new Button("Start review", Icons.icon(Feather.PLAY));
        start.setId("today-start-review");
        start.setOnAction(event -> today.startReview());
        Shown.shownWhile(start, today.canStartReviewProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox foot = new HBox(more, gap, start);
        foot.getStyleClass().add("kith-today-card-foot");
        return TodayView.card("today-reach-out", "Reach out", list.node(), foot);
    }

    VBox followUps() {
        ItemList<TodayItems.DueFollowUp> list = new ItemList<>(today.followUps(), this::followUp, firstRows,
                "No follow-up is due. Add one on a person's page, or when you log a conversation.", "follow-ups");
        list.node().setId("today-follow-ups-list");
        return TodayView.card("today-follow-ups", "Follow-ups due", list.node());
    }

    private Node followUp(TodayItems.DueFollowUp item) {
        Button done = new Button(null, Icons.icon(Feather.CHECK));
        done.getStyleClass().addAll("kith-today-done", "button-icon", "flat");
        done.setAccessibleText("Mark \u201c" + item.followUp().text() + "\u201d done");
        Tips.install(done, "Mark done");
        done.setOnAction(event -> today.markDone(item));
        Button open = TodayRow.create(null, item.person(), item.followUp().text(), item.when(),
                () -> today.openPerson(item.followUp().person()));
        if (item.late()) {
            open.getStyleClass().add("kith-today-late");
        }
        HBox.setHgrow(open, Priority.ALWAYS);
        HBox row = new HBox(done, open);
        row.getStyleClass().add("kith-today-follow-up");
        return row;
    }

    VBox caughtUp() {
        Label text = new Label("Nobody is waiting for a conversation and no follow-up is due. Everyone is on "
                + "track \u2014 enjoy the day.");
        text.getStyleClass().add("kith-today-calm");
        text.setWrapText(true);
        HBox body = new HBox(Icons.icon(Feather.SUN), text);
        body.getStyleClass().add("kith-today-caught-up");
        return TodayView.card("today-caught-up", "All caught up", body);
    }

    VBox comingUp() {
        ItemList<TodayItems.Coming> list = new ItemList<>(today.comingUp(), item -> {
            Button row = TodayRow.create(null, item.name(), item.what(), item.when() + " \u00b7 " + item.date(),
                    () -> today.openPerson(item.person()));
            if (item.today()) {
                row.getStyleClass().add("kith-today-now");
            }
            return row;
        }, firstRows, "No birthdays or dates in the next two weeks. Add them on a person's page.",
                "birthdays and dates");
        list.node().setId("today-coming-up-list");
        return TodayView.card("today-coming-up", "Coming up", list.node());
    }

    VBox thisMonth() {
        Label headline = new Label();
        headline.setId("today-month-headline");
        headline.getStyleClass().add("kith-muted");
        headline.setWrapText(true);
        headline.textProperty().bind(today.monthHeadlineProperty());
        Node chart = new MonthMixChart(today.months()).node();
        chart.setId("today-month-chart");
        return TodayView.card("today-this-month", "This month", headline, chart);
    }

    /** The conversation's depth in the ramp's colour, as the Log dialog and the month mix show it. */
    private static Node depthSwatch(TodayItems.Recent item) {
        Region swatch = new Region();
        swatch.getStyleClass().addAll("kith-depth-swatch", "kith-depth-" + item.depth().code());
        return swatch;
    }

    VBox recent() {
        ItemList<TodayItems.Recent> list = new ItemList<>(today.recent(), item -> TodayRow.create(depthSwatch(item),
                item.people(), item.what(), item.when(), () -> today.openEntry(item.id())), firstRows,
                "Nothing logged in the last 7 days.", "conversations of the last 7 days");
        list.node().setId("today-recent-list");
        return TodayView.card("today-recent", "Recent", list.node());
    }
}
