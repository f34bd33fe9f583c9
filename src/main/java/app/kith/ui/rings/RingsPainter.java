package app.kith.ui.rings;

import app.kith.domain.Ring;
import app.kith.insight.Status;
import app.kith.ui.pictures.Dots;
import app.kith.ui.pictures.LabelPlacer;
import app.kith.ui.pictures.TextWidths;
import app.kith.ui.pictures.ThemeColours;
import app.kith.ui.pictures.ThemeColours.Swatch;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * Draws the Rings: "you" at the centre, the four rings with their sizes, the tag sectors, each person a dot on
 * their ring (as on the Map: Chat solid, Chit a ring, opacity by status; a pinned ring doubly ringed), the movers'
 * ghosts where they were 90 days before with a thin arrow, names where there is room, and a legend.
 */
final class RingsPainter {

    /**
     * What one drawing shows.
     *
     * @param from where each dot was on the day shown before (angle, distance), for the glide of the replay
     * @param progress how far the glide has come, 0 to 1
     */
    record Scene(RingsLayout.Layout layout, UUID focused, String day, Map<UUID, double[]> from, double progress) {

        /** Where the dot is drawn now: {angle, distance}. */
        double[] at(RingDot dot) {
            double[] was = from.get(dot.id());
            if (was == null || progress >= 1) {
                return new double[] {dot.angle(), dot.distance()};
            }
            double turn = Math.IEEEremainder(dot.angle() - was[0], 2 * Math.PI);
            return new double[] {was[0] + turn * progress, was[1] + (dot.distance() - was[1]) * progress};
        }
    }

    /** The legend's box, at the top left; no name is written over it. */
    private static final double LEGEND_X = 12;
    private static final double LEGEND_Y = 10;
    private static final double LEGEND_WIDTH = 224;
    private static final double LEGEND_HEIGHT = 122;

    /** The room kept around the rings for the sectors' tags. */
    static final double MARGIN = 46;

    private final ThemeColours colours;
    private final Dots dots;
    private final TextWidths names = new TextWidths(Font.font(12));
    private final TextWidths bold = new TextWidths(Font.font(null, FontWeight.BOLD, 12));
    private final Font small = Font.font(11);
    private final Font ringFont = Font.font(null, FontWeight.BOLD, 11);

    RingsPainter(ThemeColours colours) {
        this.colours = colours;
        this.dots = new Dots(colours);
    }

    /** The radius of a dot on a ring: the inner rings' people larger. */
    static double dotRadius(Ring ring) {
        if (ring == null) {
            return 4;
        }
        return switch (ring) {
            case FIVE, FIFTEEN -> 7;
            case FIFTY -> 5.5;
            case ONE_FIFTY -> 4.5;
        };
    }

    /** The outermost radius in pixels for a canvas of this size. */
    static double radius(double width, double height) {
        return Math.max(40, Math.min(width, height) / 2 - MARGIN);
    }

    static double x(double angle, double distance, double width, double height) {
        return width / 2 + Math.sin(angle) * distance * radius(width, height);
    }

    static double y(double angle, double distance, double width, double height) {
        return height / 2 - Math.cos(angle) * distance * radius(width, height);
    }

    void paint(GraphicsContext g, double width, double height, Scene scene) {
        g.setLineDashes();
        g.setFill(colours.get(Swatch.BACKGROUND));
        g.fillRect(0, 0, width, height);
        double cx = width / 2;
        double cy = height / 2;
        double r = radius(width, height);
        sectors(g, cx, cy, r, scene.layout().sectors());
        rings(g, cx, cy, r);
        for (RingDot dot : scene.layout().dots()) {
            if (dot.moved()) {
                ghost(g, dot, scene.at(dot), width, height);
            }
        }
        RingDot focused = null;
        for (RingDot dot : scene.layout().dots()) {
            double[] at = scene.at(dot);
            double x = x(at[0], at[1], width, height);
            double y = y(at[0], at[1], width, height);
            dots.draw(g, x, y, dotRadius(dot.ring()), dot.chat(), dot.status(), Dots.opacity(dot.status()), true);
            if (dot.pinned()) {
                dots.ring(g, x, y, dotRadius(dot.ring()) + 2.5, Swatch.MUTED, 1.2);
            }
            if (dot.id().equals(scene.focused())) {
                focused = dot;
            }
        }
        you(g, cx, cy);
        names(g, width, height, scene, focused);
        legend(g, scene.day());
    }

    private void sectors(GraphicsContext g, double cx, double cy, double r, List<RingsLayout.Sector> sectors) {
        g.setFont(small);
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.CENTER);
        boolean shade = false;
        for (RingsLayout.Sector sector : sectors) {
            double from = Math.toDegrees(sector.from());
            double span = Math.toDegrees(sector.to() - sector.from());
            if (shade && sectors.size() > 1) {
                g.setFill(colours.get(Swatch.BAND));
                // JavaFX arcs start at 3 o'clock and turn counter-clockwise; ours start at 12 and turn clockwise.
                g.fillArc(cx - r - 12, cy - r - 12, 2 * r + 24, 2 * r + 24, 90 - from - span, span,
                        javafx.scene.shape.ArcType.ROUND);
            }
            shade = !shade;
            double middle = (sector.from() + sector.to()) / 2;
            if (sector.to() - sector.from() > 0.12) {
                g.setFill(colours.get(Swatch.MUTED));
                g.fillText(sector.tag() + " (" + sector.people() + ")", cx + Math.sin(middle) * (r + 26),
                        cy - Math.cos(middle) * (r + 26));
            }
        }
    }

    private void rings(GraphicsContext g, double cx, double cy, double r) {
        g.setFont(ringFont);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        for (Ring ring : Ring.values()) {
            double d = RingsLayout.distance(ring) * r;
            g.setStroke(colours.get(Swatch.BORDER));
            g.setLineWidth(1.2);
            g.strokeOval(cx - d, cy - d, 2 * d, 2 * d);
            g.setFill(colours.get(Swatch.BACKGROUND));
            g.fillRoundRect(cx - 16, cy - d - 8, 32, 16, 8, 8);
            g.setFill(colours.get(Swatch.MUTED));
            g.fillText(Integer.toString(ring.size()), cx, cy - d);
        }
        double outside = RingsLayout.distance(null) * r;
        g.setStroke(colours.get(Swatch.BORDER, 0.6));
        g.setLineDashes(2, 4);
        g.strokeOval(cx - outside, cy - outside, 2 * outside, 2 * outside);
        g.setLineDashes();
    }

    private void ghost(GraphicsContext g, RingDot dot, double[] at, double width, double height) {
        double fromX = x(dot.angle(), dot.wasDistance(), width, height);
        double fromY = y(dot.angle(), dot.wasDistance(), width, height);
        double toX = x(at[0], at[1], width, height);
        double toY = y(at[0], at[1], width, height);
        double ghostRadius = dotRadius(dot.was());
        g.setLineDashes(2, 2);
        g.setStroke(colours.get(Swatch.MUTED, 0.8));
        g.setLineWidth(1);
        g.strokeOval(fromX - ghostRadius, fromY - ghostRadius, 2 * ghostRadius, 2 * ghostRadius);
        g.setLineDashes();
        double length = Math.hypot(toX - fromX, toY - fromY);
        double start = ghostRadius + 1;
        double end = dotRadius(dot.ring()) + 2;
        if (length <= start + end + 4) {
            return;
        }
        double ux = (toX - fromX) / length;
        double uy = (toY - fromY) / length;
        double x1 = fromX + ux * start;
        double y1 = fromY + uy * start;
        double x2 = toX - ux * end;
        double y2 = toY - uy * end;
        g.setStroke(colours.get(Swatch.MUTED));
        g.strokeLine(x1, y1, x2, y2);
        double head = 5;
        g.strokeLine(x2, y2, x2 - head * (ux - uy * 0.6), y2 - head * (uy + ux * 0.6));
        g.strokeLine(x2, y2, x2 - head * (ux + uy * 0.6), y2 - head * (uy - ux * 0.6));
    }

    private void you(GraphicsContext g, double cx, double cy) {
        g.setFill(colours.get(Swatch.ACCENT));
        g.fillOval(cx - 9, cy - 9, 18, 18);
        g.setFont(bold.font());
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        dots.name(g, "you", cx, cy + 12);
    }

    /** Names where there is room, the inner rings first; the person pointed at always, in bold. */
    private void names(GraphicsContext g, double width, double height, Scene scene, RingDot focused) {
        LabelPlacer placer = new LabelPlacer(width, height);
        double r = radius(width, height);
        placer.reserve(new LabelPlacer.Box(width / 2 - 20, height / 2 - 10, 40, 36));
        placer.reserve(new LabelPlacer.Box(LEGEND_X, LEGEND_Y, LEGEND_WIDTH, LEGEND_HEIGHT));
        for (Ring ring : Ring.values()) {
            placer.reserve(new LabelPlacer.Box(width / 2 - 16, height / 2 - RingsLayout.distance(ring) * r - 8, 32, 16));
        }
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        double lineHeight = names.lineHeight();
        List<RingDot> order = new ArrayList<>(scene.layout().dots());
        order.sort(Comparator.comparingDouble(RingDot::distance));
        if (focused != null) {
            double[] at = scene.at(focused);
            double x = x(at[0], at[1], width, height);
            double y = y(at[0], at[1], width, height);
            dots.ring(g, x, y, dotRadius(focused.ring()) + 4, Swatch.ACCENT, 2.5);
            label(g, placer, focused, x, y, bold, lineHeight);
        }
        for (RingDot dot : order) {
            if (dot != focused) {
                double[] at = scene.at(dot);
                label(g, placer, dot, x(at[0], at[1], width, height), y(at[0], at[1], width, height), names,
                        lineHeight);
            }
        }
    }

    private void label(GraphicsContext g, LabelPlacer placer, RingDot dot, double x, double y, TextWidths widths,
                       double lineHeight) {
        LabelPlacer.Box box = placer.place(x, y, dotRadius(dot.ring()), widths.of(dot.name()), lineHeight);
        if (box != null) {
            g.setFont(widths.font());
            dots.name(g, dot.name(), box.x(), box.y());
        }
    }

    private void legend(GraphicsContext g, String day) {
        double x = LEGEND_X;
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
        entry(g, x + 16, y + 34, true, Status.ACTIVE, false, "Chat (solid)");
        entry(g, x + 16, y + 52, false, Status.ACTIVE, false, "Chit (ring)");
        entry(g, x + 16, y + 70, true, Status.ACTIVE, true, "Ring pinned by you");
        entry(g, x + 16, y + 88, false, Status.DORMANT, false, "Dormant (dashed, faint)");
        g.setLineDashes(2, 2);
        g.setStroke(colours.get(Swatch.MUTED, 0.8));
        g.strokeOval(x + 11, y + 101, 10, 10);
        g.setLineDashes();
        g.setFill(colours.get(Swatch.TEXT));
        g.fillText("Where a mover was 90 days before", x + 28, y + 106);
    }

    private void entry(GraphicsContext g, double x, double y, boolean chat, Status status, boolean pinned,
                       String words) {
        dots.draw(g, x, y, 5.5, chat, status, Dots.opacity(status), true);
        if (pinned) {
            dots.ring(g, x, y, 8, Swatch.MUTED, 1.2);
        }
        g.setFill(colours.get(Swatch.TEXT));
        g.fillText(words, x + 12, y);
    }
}
