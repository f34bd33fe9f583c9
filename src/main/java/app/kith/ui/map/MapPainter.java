package app.kith.ui.map;

import app.kith.insight.Status;
import app.kith.ui.pictures.Dots;
import app.kith.ui.pictures.LabelPlacer;
import app.kith.ui.pictures.TextWidths;
import app.kith.ui.pictures.ThemeColours;
import app.kith.ui.pictures.ThemeColours.Swatch;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * Draws the Map on a canvas: the balanced band, Depth's grid, the captions in words, the bubbles (colour by kind,
 * and a shape that says it without colour: Chat a solid disc, Chit a ring; opacity by status, Dormant dashed), the
 * names of the largest without overlapping, the focused bubble ringed, and a legend. Colours are the theme's.
 */
final class MapPainter {

    /** What one drawing shows. */
    record Scene(List<MapPoint> points, Predicate<MapPoint> lit, UUID focused, Motion motion, String day) {
    }

    /** What a bubble that does not match the search keeps: enough to see the crowd, not to read it. */
    static final double DIMMED_OPACITY = 0.12;
    private static final int MOST_NAMES = 45;
    /** The legend's box, at the top right where the map is emptiest; no name is written over it. */
    private static final double LEGEND_Y = 10;
    private static final double LEGEND_WIDTH = 190;
    private static final double LEGEND_HEIGHT = 122;
    private static final int NAME_TRIES = 400;

    private final ThemeColours colours;
    private final Dots dots;
    private final TextWidths names = new TextWidths(Font.font(12));
    private final TextWidths bold = new TextWidths(Font.font(null, FontWeight.BOLD, 12));
    private final Font caption = Font.font(null, FontWeight.BOLD, 13);
    private final Font small = Font.font(11);

    MapPainter(ThemeColours colours) {
        this.colours = colours;
        this.dots = new Dots(colours);
    }

    /** The whole picture: what {@link #paintBase} and {@link #paintFocus} draw, on one canvas (an export). */
    void paint(GraphicsContext g, Viewport view, Scene scene) {
        paintBase(g, view, scene);
        focus(g, view, scene);
    }

    /**
     * Everything but the focused bubble's ring and name: drawn again only when the map itself changes (a day, a
     * filter, a zoom), not when the pointer moves, so that a hover costs the renderer next to nothing.
     */
    void paintBase(GraphicsContext g, Viewport view, Scene scene) {
        g.setLineDashes();
        g.setFill(colours.get(Swatch.BACKGROUND));
        g.fillRect(0, 0, view.width(), view.height());
        grid(g, view);
        captions(g, view);
        Motion motion = scene.motion();
        for (MapPoint point : motion.leaving()) {
            bubble(g, view, point, motion.fading(), true, point.x(), point.y(), point.radius());
        }
        for (MapPoint point : scene.points()) {
            bubble(g, view, point, motion.presence(point), scene.lit().test(point), motion.x(point), motion.y(point),
                    motion.radius(point));
        }
        g.setLineDashes();
        names(g, view, scene);
        legend(g, view, scene.day());
    }

    private void grid(GraphicsContext g, Viewport view) {
        double top = view.screenY(0);
        double bottom = view.screenY(MapLayout.SIZE);
        double left = view.screenX(0);
        double right = view.screenX(MapLayout.SIZE);
        g.setFill(colours.get(Swatch.BAND));
        double bandLeft = view.screenX(MapLayout.x(-MapLayout.BALANCED));
        g.fillRect(bandLeft, top, view.screenX(MapLayout.x(MapLayout.BALANCED)) - bandLeft, bottom - top);
        g.setStroke(colours.get(Swatch.BORDER));
        g.setLineWidth(1);
        g.setFont(small);
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        for (int depth = 0; depth <= 100; depth += 20) {
            double y = Math.round(view.screenY(MapLayout.y(depth))) + 0.5;
            g.strokeLine(left, y, right, y);
            g.setFill(colours.get(Swatch.FAINT));
            g.fillText(Integer.toString(depth), left - 6, y);
        }
        double middle = Math.round(view.screenX(MapLayout.x(0))) + 0.5;
        g.strokeLine(middle, top, middle, bottom);
    }

    /** The quadrants in words, and what the axes mean. */
    private void captions(GraphicsContext g, Viewport view) {
        double middle = view.screenX(MapLayout.x(0));
        double top = view.screenY(0);
        double bottom = view.screenY(MapLayout.SIZE);
        double half = view.screenY(MapLayout.y(50));
        g.setFill(colours.get(Swatch.MUTED));
        g.setFont(caption);
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.CENTER);
        g.fillText("Deep and mutual", middle, top - 16);
        g.fillText("Mostly small talk", middle, bottom + 20);
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText("They carry it", view.screenX(0) + 10, half);
        g.setTextAlign(TextAlignment.RIGHT);
        g.fillText("You carry it", view.screenX(MapLayout.SIZE) - 10, half);
        g.setFont(small);
        g.setFill(colours.get(Swatch.FAINT));
        g.fillText("you put in more →", view.screenX(MapLayout.SIZE), bottom + 20);
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText("← they put in more", view.screenX(0), bottom + 20);
        g.fillText("Depth", view.screenX(0) - 30, top - 16);
    }

    private void bubble(GraphicsContext g, Viewport view, MapPoint point, double presence, boolean lit, double mapX,
                        double mapY, double radius) {
        double x = view.screenX(mapX);
        double y = view.screenY(mapY);
        if (x + radius >= 0 && y + radius >= 0 && x - radius <= view.width() && y - radius <= view.height()) {
            dots.draw(g, x, y, radius, point.chat(), point.status(),
                    presence * (lit ? Dots.opacity(point.status()) : DIMMED_OPACITY), lit);
        }
    }

    /** The focused bubble's ring and its name in bold, on a clear (transparent) overlay canvas. */
    void paintFocus(GraphicsContext g, Viewport view, Scene scene) {
        g.clearRect(0, 0, view.width(), view.height());
        focus(g, view, scene);
    }

    private void focus(GraphicsContext g, Viewport view, Scene scene) {
        for (MapPoint point : scene.points()) {
            if (point.id().equals(scene.focused())) {
                ring(g, view, scene.motion(), point);
                g.setTextAlign(TextAlignment.LEFT);
                g.setTextBaseline(VPos.TOP);
                name(g, new LabelPlacer(view.width(), view.height()), view, scene.motion(), point, bold,
                        names.lineHeight());
                return;
            }
        }
    }

    /** Names on the largest lit bubbles, never overlapping each other or the legend. */
    private void names(GraphicsContext g, Viewport view, Scene scene) {
        LabelPlacer placer = new LabelPlacer(view.width(), view.height());
        placer.reserve(new LabelPlacer.Box(legendX(view), LEGEND_Y, LEGEND_WIDTH, LEGEND_HEIGHT));
        double height = names.lineHeight();
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        int placed = 0;
        int tries = 0;
        for (MapPoint point : scene.points()) {
            if (placed >= MOST_NAMES || tries >= NAME_TRIES) {
                break;
            }
            if (!scene.lit().test(point) || !onScreen(view, scene.motion(), point)) {
                continue;
            }
            tries++;
            placed += name(g, placer, view, scene.motion(), point, names, height) ? 1 : 0;
        }
    }

    private static boolean onScreen(Viewport view, Motion motion, MapPoint point) {
        double x = view.screenX(motion.x(point));
        double y = view.screenY(motion.y(point));
        return x >= 0 && y >= 0 && x <= view.width() && y <= view.height();
    }

    private boolean name(GraphicsContext g, LabelPlacer placer, Viewport view, Motion motion, MapPoint point,
                         TextWidths widths, double height) {
        LabelPlacer.Box box = placer.place(view.screenX(motion.x(point)), view.screenY(motion.y(point)),
                motion.radius(point), widths.of(point.name()), height);
        if (box == null) {
            return false;
        }
        g.setFont(widths.font());
        dots.name(g, point.name(), box.x(), box.y());
        return true;
    }

    private void ring(GraphicsContext g, Viewport view, Motion motion, MapPoint point) {
        dots.ring(g, view.screenX(motion.x(point)), view.screenY(motion.y(point)), motion.radius(point) + 3,
                Swatch.ACCENT, 2.5);
    }

    /** The key, at the top right where the map is emptiest: shapes, status, size, and the day. */
    private static double legendX(Viewport view) {
        return view.width() - LEGEND_WIDTH - 12;
    }

    private void legend(GraphicsContext g, Viewport view, String day) {
        double x = legendX(view);
        double y = LEGEND_Y;
        g.setFill(colours.get(Swatch.SUBTLE_BACKGROUND, 0.92));
        g.fillRoundRect(x, y, LEGEND_WIDTH, LEGEND_HEIGHT, 8, 8);
        g.setStroke(colours.get(Swatch.BORDER));
        g.setLineWidth(1);
        g.strokeRoundRect(x + 0.5, y + 0.5, LEGEND_WIDTH - 1, LEGEND_HEIGHT - 1, 8, 8);
        g.setFont(small);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.setFill(colours.get(Swatch.TEXT));
        g.fillText(day, x + 10, y + 14);
        sample(g, x + 16, y + 34, true, Status.ACTIVE, "Chat (solid)");
        sample(g, x + 16, y + 52, false, Status.ACTIVE, "Chit (ring)");
        sample(g, x + 16, y + 70, true, Status.FADING, "Fading (fainter)");
        sample(g, x + 16, y + 88, false, Status.DORMANT, "Dormant (dashed)");
        g.setFill(colours.get(Swatch.FAINT));
        g.fillText("Bigger: warmer, more contact", x + 10, y + 108);
    }

    private void sample(GraphicsContext g, double x, double y, boolean chat, Status status, String words) {
        dots.draw(g, x, y, 6, chat, status, Dots.opacity(status), true);
        g.setLineDashes();
        g.setFill(colours.get(Swatch.TEXT));
        g.fillText(words, x + 12, y);
    }
}
