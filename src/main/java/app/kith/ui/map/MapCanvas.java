package app.kith.ui.map;

import app.kith.ui.pictures.HoverCard;
import app.kith.ui.pictures.ThemeColours;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Pane;

/**
 * The Map's drawing surface: one canvas, drawn again as a whole when anything changes (never a node per person),
 * with the hover card above it. The pointer finds its bubble through the map's index; a click or Enter opens the
 * person; the wheel zooms where it points, a drag pans, + − and 0 zoom in, out and back, the arrow keys move to
 * the neighbouring bubble.
 */
final class MapCanvas {

    /** How long the bubbles glide from one day's places to the next. */
    static final double GLIDE_NANOS = 600e6;
    private static final double KEY_ZOOM = 1.5;
    /** A press that moves further than this many pixels is a drag, not a click. */
    private static final double CLICK_SLOP = 4;

    private final MapViewModel model;
    private final Pane area = new Pane();
    private final Canvas canvas = new Canvas();
    /** The focused bubble's ring and name, above the map: a hover draws only this. */
    private final Canvas overlay = new Canvas();
    private final Viewport view = new Viewport();
    private final MapPainter painter;
    private final ThemeColours colours;
    private final HoverCard card = new HoverCard("map-card");
    private final DateTimeFormatter dayFormat;
    private Motion motion = Motion.NONE;
    private long glideStart;
    private boolean redrawAsked;
    private double pressX;
    private double pressY;
    private double lastX;
    private double lastY;
    private boolean dragged;

    private final AnimationTimer glide = new AnimationTimer() {
        @Override
        public void handle(long now) {
            if (glideStart == 0) {
                glideStart = now;
            }
            motion = motion.at((now - glideStart) / GLIDE_NANOS);
            draw();
            if (motion.done()) {
                stop();
            }
        }
    };

    MapCanvas(MapViewModel model, Locale locale) {
        this.model = model;
        this.dayFormat = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        this.colours = new ThemeColours(this::redraw);
        this.painter = new MapPainter(colours);
        canvas.setId("map-canvas");
        canvas.setFocusTraversable(true);
        canvas.setAccessibleText("Map of everyone by Depth and Investment; arrow keys move between people, "
                + "Enter opens the one chosen, + and − zoom, 0 shows the whole map");
        overlay.setMouseTransparent(true);
        area.getChildren().addAll(colours.node(), canvas, overlay, card.node());
        area.getStyleClass().add("kith-map-area");
        area.setMinSize(0, 0);
        area.widthProperty().addListener((observable, was, now) -> resize());
        area.heightProperty().addListener((observable, was, now) -> resize());
        model.frameProperty().addListener((observable, was, now) -> frameChanged(was, now));
        model.matchesProperty().addListener((observable, was, now) -> redraw());
        model.focusedProperty().addListener((observable, was, now) -> drawFocus());
        model.cardProperty().addListener((observable, was, now) -> drawFocus());
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, this::moved);
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, event -> model.focusedProperty().set(null));
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        canvas.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        canvas.addEventHandler(KeyEvent.KEY_PRESSED, this::keys);
        canvas.addEventHandler(KeyEvent.KEY_TYPED, this::typed);
    }

    Node node() {
        return area;
    }

    /** The viewport, for the zoom buttons. */
    Viewport viewport() {
        return view;
    }

    void zoomIn() {
        zoomAtFocus(KEY_ZOOM);
    }

    void zoomOut() {
        zoomAtFocus(1 / KEY_ZOOM);
    }

    void fit() {
        view.reset();
        redraw();
    }

    void focusCanvas() {
        canvas.requestFocus();
    }

    private void resize() {
        canvas.setWidth(area.getWidth());
        canvas.setHeight(area.getHeight());
        overlay.setWidth(area.getWidth());
        overlay.setHeight(area.getHeight());
        view.resize(area.getWidth(), area.getHeight());
        draw();
    }

    private void frameChanged(MapViewModel.Frame was, MapViewModel.Frame now) {
        if (was != null && now != null && !was.day().equals(now.day())) {
            motion = Motion.between(was.points(), now.points());
            glideStart = 0;
            glide.start();
        } else {
            redraw();
        }
    }

    /** Draws again once this pulse's changes are all in. */
    void redraw() {
        if (!redrawAsked) {
            redrawAsked = true;
            Platform.runLater(() -> {
                redrawAsked = false;
                draw();
            });
        }
    }

    /** Draws the whole map now. */
    void draw() {
        MapPainter.Scene scene = scene();
        painter.paintBase(canvas.getGraphicsContext2D(), view, scene);
        painter.paintFocus(overlay.getGraphicsContext2D(), view, scene);
        placeCard(model.frameProperty().get());
    }

    /** Draws only the focus, which is all a hover changes. */
    private void drawFocus() {
        painter.paintFocus(overlay.getGraphicsContext2D(), view, scene());
        placeCard(model.frameProperty().get());
    }

    private MapPainter.Scene scene() {
        MapViewModel.Frame frame = model.frameProperty().get();
        List<MapPoint> points = frame == null ? List.of() : frame.points();
        String day = frame == null ? "" : (frame.today() ? "Today, " : "As of ") + dayFormat.format(frame.day());
        return new MapPainter.Scene(points, model::lit, model.focusedProperty().get(), motion, day);
    }

    /** The map as shown, drawn again at the scale on a canvas of its own: sharp, not an enlarged screenshot. */
    WritableImage render(double scale) {
        Canvas sharp = new Canvas(view.width() * scale, view.height() * scale);
        GraphicsContext g = sharp.getGraphicsContext2D();
        g.scale(scale, scale);
        painter.paint(g, view, scene());
        return sharp.snapshot(null, null);
    }

    private void placeCard(MapViewModel.Frame frame) {
        MapPoint focused = focusedPoint(frame);
        card.show(focused == null ? null : model.cardProperty().get());
        if (focused != null && model.cardProperty().get() != null) {
            card.placeBeside(view.screenX(focused.x()), view.screenY(focused.y()), focused.radius(), view.width(),
                    view.height());
        }
    }

    private MapPoint focusedPoint(MapViewModel.Frame frame) {
        UUID id = model.focusedProperty().get();
        if (frame == null || id == null) {
            return null;
        }
        for (MapPoint point : frame.points()) {
            if (point.id().equals(id)) {
                return point;
            }
        }
        return null;
    }

    private MapPoint under(double x, double y) {
        MapViewModel.Frame frame = model.frameProperty().get();
        return frame == null ? null : frame.index().at(view, x, y);
    }

    private void moved(MouseEvent event) {
        MapPoint point = under(event.getX(), event.getY());
        canvas.setCursor(point == null ? Cursor.DEFAULT : Cursor.HAND);
        model.focusedProperty().set(point == null ? null : point.id());
    }

    private void pressed(MouseEvent event) {
        canvas.requestFocus();
        pressX = event.getX();
        pressY = event.getY();
        lastX = pressX;
        lastY = pressY;
        dragged = false;
    }

    private void dragged(MouseEvent event) {
        if (Math.hypot(event.getX() - pressX, event.getY() - pressY) > CLICK_SLOP) {
            dragged = true;
            canvas.setCursor(Cursor.MOVE);
        }
        if (dragged) {
            view.pan(event.getX() - lastX, event.getY() - lastY);
            lastX = event.getX();
            lastY = event.getY();
            draw();
        }
    }

    private void released(MouseEvent event) {
        if (!dragged) {
            MapPoint point = under(event.getX(), event.getY());
            if (point != null) {
                model.open(point.id());
            }
        }
        canvas.setCursor(Cursor.DEFAULT);
    }

    private void scrolled(ScrollEvent event) {
        view.zoomAt(event.getX(), event.getY(), Math.pow(1.0025, event.getDeltaY()));
        draw();
        event.consume();
    }

    private void zoomAtFocus(double factor) {
        MapPoint focused = focusedPoint(model.frameProperty().get());
        double x = focused == null ? view.width() / 2 : view.screenX(focused.x());
        double y = focused == null ? view.height() / 2 : view.screenY(focused.y());
        view.zoomAt(x, y, factor);
        draw();
    }

    private void keys(KeyEvent event) {
        KeyCode code = event.getCode();
        MapIndex.Direction direction = switch (code) {
            case LEFT, KP_LEFT -> MapIndex.Direction.LEFT;
            case RIGHT, KP_RIGHT -> MapIndex.Direction.RIGHT;
            case UP, KP_UP -> MapIndex.Direction.UP;
            case DOWN, KP_DOWN -> MapIndex.Direction.DOWN;
            default -> null;
        };
        if (direction != null) {
            step(direction);
            event.consume();
        } else if (code == KeyCode.ENTER) {
            model.open(model.focusedProperty().get());
            event.consume();
        } else if (code == KeyCode.ADD) {
            zoomIn();
            event.consume();
        } else if (code == KeyCode.SUBTRACT) {
            zoomOut();
            event.consume();
        } else if (code == KeyCode.NUMPAD0) {
            fit();
            event.consume();
        }
    }

    /** + − and 0 as typed, whatever the keyboard's layout puts them on. */
    private void typed(KeyEvent event) {
        switch (event.getCharacter()) {
            case "+", "=" -> zoomIn();
            case "-", "−" -> zoomOut();
            case "0" -> fit();
            default -> {
                return;
            }
        }
        event.consume();
    }

    /** Moves the focus to the neighbouring lit bubble in the direction (from the biggest when none is focused). */
    private void step(MapIndex.Direction direction) {
        MapViewModel.Frame frame = model.frameProperty().get();
        if (frame == null || frame.points().isEmpty()) {
            return;
        }
        MapPoint from = focusedPoint(frame);
        MapPoint next = from == null ? frame.points().stream().filter(model::lit).findFirst().orElse(null)
                : frame.index().neighbour(from, direction, view, model::lit);
        if (next != null) {
            view.reveal(next.x(), next.y(), 40);
            model.focusedProperty().set(next.id());
            draw();
        }
    }
}
