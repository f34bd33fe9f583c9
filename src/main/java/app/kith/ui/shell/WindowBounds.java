package app.kith.ui.shell;

/** A rectangle on the desktop, in the units JavaFX uses for window positions. */
public record WindowBounds(double x, double y, double width, double height) {

    public double maxX() {
        return x + width;
    }

    public double maxY() {
        return y + height;
    }

    /** The area this rectangle shares with another; 0 when they do not overlap. */
    public double overlap(WindowBounds other) {
        double w = Math.min(maxX(), other.maxX()) - Math.max(x, other.x);
        double h = Math.min(maxY(), other.maxY()) - Math.max(y, other.y);
        return w > 0 && h > 0 ? w * h : 0;
    }
}
