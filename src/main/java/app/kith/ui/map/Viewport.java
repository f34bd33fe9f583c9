package app.kith.ui.map;

/**
 * How the map's units (0 to {@link MapLayout#SIZE} both ways) lie on the canvas: fitted to it with a margin, then
 * zoomed and panned. Zooming keeps the point under the cursor in place; panning stops where the map's edge would
 * leave the canvas.
 */
public final class Viewport {

    /** Room around the map for the axis captions. */
    public static final double MARGIN = 36;
    public static final double MAX_ZOOM = 40;

    private double width = 1;
    private double height = 1;
    private double zoom = 1;
    /** The map unit at the canvas's centre. */
    private double centreX = MapLayout.SIZE / 2;
    private double centreY = MapLayout.SIZE / 2;

    /** The canvas's size in pixels. */
    public void resize(double canvasWidth, double canvasHeight) {
        width = Math.max(1, canvasWidth);
        height = Math.max(1, canvasHeight);
        clamp();
    }

    public double width() {
        return width;
    }

    public double height() {
        return height;
    }

    public double zoom() {
        return zoom;
    }

    /** Pixels per map unit across. */
    public double scaleX() {
        return Math.max(1, width - 2 * MARGIN) / MapLayout.SIZE * zoom;
    }

    /** Pixels per map unit downwards. */
    public double scaleY() {
        return Math.max(1, height - 2 * MARGIN) / MapLayout.SIZE * zoom;
    }

    public double screenX(double x) {
        return width / 2 + (x - centreX) * scaleX();
    }

    public double screenY(double y) {
        return height / 2 + (y - centreY) * scaleY();
    }

    public double mapX(double screenX) {
        return centreX + (screenX - width / 2) / scaleX();
    }

    public double mapY(double screenY) {
        return centreY + (screenY - height / 2) / scaleY();
    }

    /** Zooms by the factor, keeping the map point under the given pixel where it is. */
    public void zoomAt(double screenX, double screenY, double factor) {
        double x = mapX(screenX);
        double y = mapY(screenY);
        zoom = Math.max(1, Math.min(MAX_ZOOM, zoom * factor));
        centreX = x - (screenX - width / 2) / scaleX();
        centreY = y - (screenY - height / 2) / scaleY();
        clamp();
    }

    /** Moves the map by so many pixels (a drag). */
    public void pan(double dx, double dy) {
        centreX -= dx / scaleX();
        centreY -= dy / scaleY();
        clamp();
    }

    /** Brings the map point into view, moving as little as needed. */
    public void reveal(double x, double y, double marginPixels) {
        double sx = screenX(x);
        double sy = screenY(y);
        if (sx < marginPixels || sx > width - marginPixels) {
            centreX = x;
        }
        if (sy < marginPixels || sy > height - marginPixels) {
            centreY = y;
        }
        clamp();
    }

    /** The whole map, fitted (key 0). */
    public void reset() {
        zoom = 1;
        centreX = MapLayout.SIZE / 2;
        centreY = MapLayout.SIZE / 2;
    }

    /** Keeps the map's middle within reach: at a zoom of 1 it is fixed, zoomed in it pans up to the map's edges. */
    private void clamp() {
        double halfX = (width / 2 - MARGIN) / scaleX();
        double halfY = (height / 2 - MARGIN) / scaleY();
        centreX = Math.max(Math.min(halfX, MapLayout.SIZE / 2), Math.min(MapLayout.SIZE - Math.min(halfX,
                MapLayout.SIZE / 2), centreX));
        centreY = Math.max(Math.min(halfY, MapLayout.SIZE / 2), Math.min(MapLayout.SIZE - Math.min(halfY,
                MapLayout.SIZE / 2), centreY));
    }
}
