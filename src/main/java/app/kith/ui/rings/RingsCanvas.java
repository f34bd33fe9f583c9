package app.kith.ui.rings;

import app.kith.ui.pictures.HoverCard;
import app.kith.ui.pictures.ThemeColours;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import javafx.scene.layout.Pane;

/**
 * The Rings' drawing surface: one canvas drawn as a whole, the hover card above it. Pointing at a dot shows its
 * card, a click (or Enter on the dot pointed at) opens the person; while the replay plays, dots glide from one
 * month's places to the next.
 */
final class RingsCanvas {

    private static final double GLIDE_NANOS = 600e6;
    /** A dot can be pointed at a little beyond its edge: small dots are small targets. */
    private static final double REACH = 3;

    private final RingsViewModel model;
    private final Pane area = new Pane();
    private final Canvas canvas = new Canvas();
    private final ThemeColours colours;
    private final RingsPainter painter;
    private final HoverCard card = new HoverCard("rings-card");
    private final DateTimeFormatter dayFormat;
    private Map<UUID, double[]> from = Map.of();
    private double progress = 1;
    private long glideStart;
    private boolean redrawAsked;

    private final AnimationTimer glide = new AnimationTimer() {
        @Override
        public void handle(long now) {
            if (glideStart == 0) {
                glideStart = now;
            }
            double t = Math.min(1, (now - glideStart) / GLIDE_NANOS);
            progress = t * t * (3 - 2 * t);
            draw();
            if (t >= 1) {
                stop();
            }
        }
    };

    RingsCanvas(RingsViewModel model, Locale locale) {
        this.model = model;
        this.dayFormat = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        this.colours = new ThemeColours(this::redraw);
        this.painter = new RingsPainter(colours);
        canvas.setId("rings-canvas");
        canvas.setFocusTraversable(true);
        canvas.setAccessibleText("The rings 5, 15, 50 and 150 around you, with everyone in them; "
                + "the lists beside name who moved");
        area.getChildren().addAll(colours.node(), canvas, card.node());
        area.setMinSize(0, 0);
        area.widthProperty().addListener((observable, was, now) -> resize());
        area.heightProperty().addListener((observable, was, now) -> resize());
        model.frameProperty().addListener((observable, was, now) -> frameChanged(was, now));
        model.focusedProperty().addListener((observable, was, now) -> redraw());
        model.cardProperty().addListener((observable, was, now) -> redraw());
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, event -> {
            RingDot dot = under(event.getX(), event.getY());
            canvas.setCursor(dot == null ? Cursor.DEFAULT : Cursor.HAND);
            model.focusedProperty().set(dot == null ? null : dot.id());
        });
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, event -> model.focusedProperty().set(null));
        canvas.addEventHandler(MouseEvent.MOUSE_CLICKED, event -> {
            RingDot dot = under(event.getX(), event.getY());
            if (dot != null) {
                model.open(dot.id());
            }
        });
        canvas.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER && model.focusedProperty().get() != null) {
                model.open(model.focusedProperty().get());
                event.consume();
            }
        });
    }

    Node node() {
        return area;
    }

    private void resize() {
        canvas.setWidth(area.getWidth());
        canvas.setHeight(area.getHeight());
        draw();
    }

    private void frameChanged(RingsViewModel.Frame was, RingsViewModel.Frame now) {
        if (was != null && now != null && !was.day().equals(now.day())) {
            Map<UUID, double[]> places = new HashMap<>();
            for (RingDot dot : was.layout().dots()) {
                places.put(dot.id(), new double[] {dot.angle(), dot.distance()});
            }
            from = places;
            progress = 0;
            glideStart = 0;
            glide.start();
        } else {
            redraw();
        }
    }

    void redraw() {
        if (!redrawAsked) {
            redrawAsked = true;
            Platform.runLater(() -> {
                redrawAsked = false;
                draw();
            });
        }
    }

    void draw() {
        RingsPainter.Scene scene = scene();
        painter.paint(canvas.getGraphicsContext2D(), canvas.getWidth(), canvas.getHeight(), scene);
        RingsLayout.Layout layout = scene.layout();
        RingDot focused = dot(layout, model.focusedProperty().get());
        card.show(focused == null ? null : model.cardProperty().get());
        if (focused != null && model.cardProperty().get() != null) {
            card.placeBeside(RingsPainter.x(focused.angle(), focused.distance(), canvas.getWidth(), canvas.getHeight()),
                    RingsPainter.y(focused.angle(), focused.distance(), canvas.getWidth(), canvas.getHeight()),
                    RingsPainter.dotRadius(focused.ring()), canvas.getWidth(), canvas.getHeight());
        }
    }

    private RingsPainter.Scene scene() {
        RingsViewModel.Frame frame = model.frameProperty().get();
        RingsLayout.Layout layout = frame == null ? new RingsLayout.Layout(List.of(), List.of()) : frame.layout();
        String day = frame == null ? "" : (frame.today() ? "Today, " : "As of ") + dayFormat.format(frame.day());
        return new RingsPainter.Scene(layout, model.focusedProperty().get(), day, from, progress);
    }

    /** The rings as shown, drawn again at the scale on a canvas of their own. */
    WritableImage render(double scale) {
        Canvas sharp = new Canvas(canvas.getWidth() * scale, canvas.getHeight() * scale);
        GraphicsContext g = sharp.getGraphicsContext2D();
        g.scale(scale, scale);
        painter.paint(g, canvas.getWidth(), canvas.getHeight(), scene());
        return sharp.snapshot(null, null);
    }

    private static RingDot dot(RingsLayout.Layout layout, UUID id) {
        if (id == null) {
            return null;
        }
        for (RingDot dot : layout.dots()) {
            if (dot.id().equals(id)) {
                return dot;
            }
        }
        return null;
    }

    /** The dot under the pixel: the nearest whose disc (with a little reach) holds it. */
    private RingDot under(double x, double y) {
        RingsViewModel.Frame frame = model.frameProperty().get();
        if (frame == null) {
            return null;
        }
        RingDot best = null;
        double nearest = Double.MAX_VALUE;
        for (RingDot dot : frame.layout().dots()) {
            double dx = RingsPainter.x(dot.angle(), dot.distance(), canvas.getWidth(), canvas.getHeight()) - x;
            double dy = RingsPainter.y(dot.angle(), dot.distance(), canvas.getWidth(), canvas.getHeight()) - y;
            double distance = Math.hypot(dx, dy);
            if (distance <= RingsPainter.dotRadius(dot.ring()) + REACH && distance < nearest) {
                nearest = distance;
                best = dot;
            }
        }
        return best;
    }
}
