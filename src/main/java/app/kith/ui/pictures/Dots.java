package app.kith.ui.pictures;

import app.kith.insight.Status;
import app.kith.ui.pictures.ThemeColours.Swatch;
import javafx.scene.canvas.GraphicsContext;

/**
 * A person drawn as a dot, alike on the Map and the Rings: colour by kind and a shape that says it without colour
 * (Chat a solid disc, Chit a ring), opacity by status (Fading lower, Dormant lower still and dashed).
 */
public final class Dots {

    /** Status as opacity (DESIGN.md). */
    public static final double FADING_OPACITY = 0.55;
    public static final double DORMANT_OPACITY = 0.32;
    private static final double[] DASHES = {3, 2.5};

    private final ThemeColours colours;

    public Dots(ThemeColours colours) {
        this.colours = colours;
    }

    public static double opacity(Status status) {
        return status == Status.DORMANT ? DORMANT_OPACITY : status == Status.FADING ? FADING_OPACITY : 1;
    }

    /**
     * One dot at a place on the screen.
     *
     * @param alpha how much of it shows, 0 to 1 (the status's opacity times any dimming)
     * @param outlined false for a dot only hinted at (dimmed by a search): no outline
     */
    public void draw(GraphicsContext g, double x, double y, double radius, boolean chat, Status status, double alpha,
                     boolean outlined) {
        Swatch hue = chat ? Swatch.CHAT : Swatch.CHIT;
        double size = 2 * radius;
        g.setFill(colours.get(hue, (chat ? 0.9 : 0.16) * alpha));
        g.fillOval(x - radius, y - radius, size, size);
        if (!outlined) {
            return;
        }
        boolean dormant = status == Status.DORMANT;
        if (dormant) {
            g.setLineDashes(DASHES);
            g.setStroke(colours.get(hue, Math.min(1, 2.4 * alpha)));
        } else {
            g.setLineDashes();
            g.setStroke(chat ? colours.get(Swatch.BACKGROUND, alpha) : colours.get(hue, 0.9 * alpha));
        }
        g.setLineWidth(chat && !dormant ? 1 : 1.3);
        g.strokeOval(x - radius, y - radius, size, size);
        if (dormant) {
            g.setLineDashes();
        }
    }

    /** A ring around a dot: the person pointed at (accent, thick). */
    public void ring(GraphicsContext g, double x, double y, double radius, Swatch swatch, double width) {
        g.setLineDashes();
        g.setStroke(colours.get(swatch));
        g.setLineWidth(width);
        g.strokeOval(x - radius, y - radius, 2 * radius, 2 * radius);
    }

    /** A name with a halo of the background, so that it reads over dots and lines. */
    public void name(GraphicsContext g, String text, double x, double y) {
        g.setLineWidth(3);
        g.setStroke(colours.get(Swatch.BACKGROUND, 0.85));
        g.strokeText(text, x, y);
        g.setFill(colours.get(Swatch.TEXT));
        g.fillText(text, x, y);
    }
}
