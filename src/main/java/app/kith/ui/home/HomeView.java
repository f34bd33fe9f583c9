package app.kith.ui.home;

import app.kith.ui.common.AppIcons;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;

/** The Today screen's place in the window: the first-start page for an empty journal, else Today. */
public final class HomeView {

    private final StackPane holder = new StackPane();

    public HomeView(TodayViewModel today, AppIcons icons, FirstStartView.Choices choices) {
        Node firstStart = new FirstStartView(icons, choices, today.folderLineProperty()).node();
        Node todayView = new TodayView(today, choices.addPerson()).node();
        holder.getChildren().setAll(today.firstStartProperty().get() ? firstStart : todayView);
        today.firstStartProperty().addListener((observable, was, empty) ->
                holder.getChildren().setAll(empty ? firstStart : todayView));
    }

    public Node node() {
        return holder;
    }
}
