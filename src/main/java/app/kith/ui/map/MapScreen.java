package app.kith.ui.map;

import app.kith.insight.Balance;
import app.kith.insight.Kind;
import app.kith.insight.Status;
import app.kith.ui.common.Icons;
import app.kith.ui.common.Shown;
import app.kith.ui.common.Tips;
import app.kith.ui.common.WhileShown;
import app.kith.ui.people.FilterChoices;
import app.kith.ui.pictures.AsOfBar;
import app.kith.ui.pictures.AsOfViewModel;
import app.kith.ui.pictures.Picture;
import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

/**
 * The Map screen: the search and the People list's filters above the map, the "as of" controls below it, and the
 * banner that says which day is shown while it is not today. Esc clears the search, else goes back to today.
 */
public final class MapScreen {

    private final MapViewModel model;
    private final AsOfViewModel asOf;
    private final MapCanvas canvas;
    private final StackPane picture;
    private final VBox root;
    private final CustomTextField search = new CustomTextField();

    public MapScreen(MapViewModel model, AsOfViewModel asOf, Locale locale) {
        this.model = model;
        this.asOf = asOf;
        this.canvas = new MapCanvas(model, locale);
        AsOfBar bar = new AsOfBar(asOf, "map");
        Label empty = new Label();
        empty.setId("map-empty");
        empty.getStyleClass().add("kith-muted");
        empty.setWrapText(true);
        empty.textProperty().bind(model.emptyProperty());
        Shown.shownWhile(empty, model.emptyProperty().isNotNull());
        picture = new StackPane(canvas.node(), empty);
        picture.setId("map-picture");
        picture.getStyleClass().add("kith-picture");
        VBox.setVgrow(picture, Priority.ALWAYS);
        root = new VBox(bar.banner(), toolbar(), picture, bar.bar());
        root.setId("map-screen");
        root.getStyleClass().add("kith-picture-screen");
        root.addEventHandler(KeyEvent.KEY_PRESSED, this::escape);
        WhileShown.follow(root, model::activate, model::deactivate);
    }

    public Node node() {
        return root;
    }

    /** What File › Export picture writes: the map as shown. */
    public Picture picture() {
        return new Picture() {
            @Override
            public String subject() {
                return "map";
            }

            @Override
            public WritableImage render(double scale) {
                return canvas.render(scale);
            }
        };
    }

    private Node toolbar() {
        search.setId("map-search");
        search.setPromptText("Search the map");
        search.setAccessibleText("Search the map by name, nickname, organisation, email or tag");
        search.setLeft(Icons.icon(Feather.SEARCH));
        search.textProperty().bindBidirectional(model.queryProperty());
        search.setPrefColumnCount(16);
        search.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER || event.getCode() == KeyCode.DOWN) {
                canvas.focusCanvas();
                event.consume();
            }
        });
        Label count = new Label();
        count.setId("map-count");
        count.getStyleClass().addAll("kith-muted", "kith-small");
        count.textProperty().bind(model.countProperty());
        FlowPane filters = new FlowPane(search,
                FilterChoices.tags("map-tag", model.tags(), model.tagProperty()),
                FilterChoices.rings("map-ring", model.ringProperty()),
                FilterChoices.of("map-kind", "Chat or chit", Kind.class, model.kindProperty()),
                FilterChoices.of("map-balance", "Any balance", Balance.class, model.balanceProperty()),
                FilterChoices.of("map-status", "Any status", Status.class, model.statusProperty()),
                count);
        filters.getStyleClass().add("kith-picture-filters");
        HBox.setHgrow(filters, Priority.ALWAYS);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.SOMETIMES);
        HBox zoom = new HBox(4,
                tool("map-zoom-out", Feather.ZOOM_OUT, "Zoom out (−)", canvas::zoomOut),
                tool("map-zoom-in", Feather.ZOOM_IN, "Zoom in (+)", canvas::zoomIn),
                tool("map-fit", Feather.MAXIMIZE, "The whole map (0)", canvas::fit));
        HBox toolbar = new HBox(8, filters, gap, zoom);
        toolbar.getStyleClass().add("kith-picture-toolbar");
        return toolbar;
    }

    private static Button tool(String id, Ikon icon, String words, Runnable action) {
        Button button = new Button(null, Icons.icon(icon));
        button.setId(id);
        button.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        button.setAccessibleText(words);
        button.setFocusTraversable(false);
        Tips.install(button, words);
        button.setOnAction(event -> action.run());
        return button;
    }

    private void escape(KeyEvent event) {
        if (event.getCode() != KeyCode.ESCAPE) {
            return;
        }
        if (search.isFocused() && !search.getText().isEmpty()) {
            search.clear();
            event.consume();
        } else if (asOf.backToToday()) {
            event.consume();
        }
    }
}
