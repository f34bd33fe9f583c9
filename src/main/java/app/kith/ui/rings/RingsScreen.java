package app.kith.ui.rings;

import app.kith.ui.common.ListFocus;
import app.kith.ui.common.Shown;
import app.kith.ui.common.WhileShown;
import app.kith.ui.pictures.AsOfBar;
import app.kith.ui.pictures.AsOfViewModel;
import app.kith.ui.pictures.Picture;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The Rings screen: the rings, and beside them who moved closer and who is drifting out in the 90 days up to the
 * day shown, each with the reason in words (click or Enter opens the person); the "as of" controls below, and the
 * banner while a past day is shown (Esc goes back to today).
 */
public final class RingsScreen {

    private final RingsViewModel model;
    private final RingsCanvas canvas;
    private final StackPane picture;
    private final VBox root;

    public RingsScreen(RingsViewModel model, AsOfViewModel asOf, Locale locale) {
        this.model = model;
        this.canvas = new RingsCanvas(model, locale);
        AsOfBar bar = new AsOfBar(asOf, "rings");
        Label empty = new Label();
        empty.setId("rings-empty");
        empty.getStyleClass().addAll("kith-muted", "kith-rings-empty");
        empty.setWrapText(true);
        empty.setMaxWidth(360);
        empty.textProperty().bind(model.emptyProperty());
        Shown.shownWhile(empty, model.emptyProperty().isNotNull());
        StackPane.setAlignment(empty, javafx.geometry.Pos.BOTTOM_CENTER);
        picture = new StackPane(canvas.node(), empty);
        picture.setId("rings-picture");
        picture.getStyleClass().add("kith-picture");
        HBox.setHgrow(picture, Priority.ALWAYS);
        Label summary = new Label();
        summary.setId("rings-summary");
        summary.getStyleClass().addAll("kith-muted", "kith-small");
        summary.textProperty().bind(model.summaryProperty());
        HBox header = new HBox(summary);
        header.getStyleClass().add("kith-picture-toolbar");
        HBox body = new HBox(picture, side());
        VBox.setVgrow(body, Priority.ALWAYS);
        root = new VBox(bar.banner(), header, body, bar.bar());
        root.setId("rings-screen");
        root.getStyleClass().add("kith-picture-screen");
        root.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE && asOf.backToToday()) {
                event.consume();
            }
        });
        WhileShown.follow(root, model::activate, model::deactivate);
    }

    public Node node() {
        return root;
    }

    /** What File › Export picture writes: the rings as shown. */
    public Picture picture() {
        return new Picture() {
            @Override
            public String subject() {
                return "rings";
            }

            @Override
            public WritableImage render(double scale) {
                return canvas.render(scale);
            }
        };
    }

    private VBox side() {
        Label title = new Label();
        title.getStyleClass().addAll("kith-muted", "kith-small");
        title.textProperty().bind(model.movesTitleProperty());
        ListView<RingsViewModel.Mover> closer = list("rings-closer", model.closer(), "Nobody moved closer.");
        ListView<RingsViewModel.Mover> out = list("rings-drifting", model.driftingOut(), "Nobody drifted out.");
        VBox side = new VBox(title, heading("Moved closer", model.closer()), closer,
                heading("Drifting out", model.driftingOut()), out);
        VBox.setVgrow(closer, Priority.ALWAYS);
        VBox.setVgrow(out, Priority.ALWAYS);
        side.getStyleClass().add("kith-picture-side");
        side.setMinWidth(300);
        side.setPrefWidth(340);
        side.setMaxWidth(380);
        return side;
    }

    /** "Moved closer (38)". */
    private static Label heading(String text, ObservableList<RingsViewModel.Mover> movers) {
        Label heading = new Label();
        heading.textProperty().bind(Bindings.createStringBinding(() -> text + " (" + movers.size() + ")", movers));
        heading.getStyleClass().add("kith-rings-heading");
        return heading;
    }

    private ListView<RingsViewModel.Mover> list(String id, ObservableList<RingsViewModel.Mover> movers,
                                                String nobody) {
        ListView<RingsViewModel.Mover> list = new ListView<>(movers);
        list.setId(id);
        list.getStyleClass().add("kith-movers");
        list.setPlaceholder(new Label(nobody));
        list.setAccessibleText(nobody.contains("closer") ? "Moved closer" : "Drifting out");
        list.setCellFactory(view -> new MoverCell());
        ListFocus.followSelection(list);
        list.setOnMouseClicked(event -> {
            RingsViewModel.Mover chosen = list.getSelectionModel().getSelectedItem();
            if (event.getButton() == MouseButton.PRIMARY && chosen != null) {
                model.open(chosen.id());
            }
        });
        list.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            RingsViewModel.Mover chosen = list.getSelectionModel().getSelectedItem();
            if (event.getCode() == KeyCode.ENTER && chosen != null) {
                model.open(chosen.id());
                event.consume();
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((observable, was, now) ->
                model.focusedProperty().set(now == null ? null : now.id()));
        return list;
    }

    /** A mover: name and change on one line, the reason beneath. */
    private static final class MoverCell extends ListCell<RingsViewModel.Mover> {

        private final Label name = new Label();
        private final Label change = new Label();
        private final Label reason = new Label();
        private final VBox box;

        MoverCell() {
            name.getStyleClass().add("kith-mover-name");
            change.getStyleClass().addAll("kith-muted", "kith-small");
            reason.getStyleClass().addAll("kith-muted", "kith-small");
            reason.setWrapText(true);
            reason.setMinHeight(Region.USE_PREF_SIZE);
            HBox line = new HBox(8, name, change);
            box = new VBox(2, line, reason);
            // A cell as wide as the list, never wider: the reason wraps instead of scrolling sideways. The list's
            // width, not the cell's, which is 0 while the cell is made and would make the reason endlessly tall.
            setPrefWidth(0);
            listViewProperty().addListener((observable, was, now) -> {
                reason.maxWidthProperty().unbind();
                if (now != null) {
                    reason.maxWidthProperty().bind(now.widthProperty().subtract(36));
                }
            });
        }

        @Override
        protected void updateItem(RingsViewModel.Mover mover, boolean empty) {
            super.updateItem(mover, empty);
            if (empty || mover == null) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            name.setText(mover.name());
            change.setText(mover.change());
            reason.setText(mover.reason());
            setGraphic(box);
            setAccessibleText(mover.name() + ", " + mover.change() + ": " + mover.reason());
        }
    }
}
