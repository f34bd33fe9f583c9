package app.kith.ui.map;

import java.util.ArrayList;
import java.util.List;

/**
 * Spreads bubbles whose centres would lie within {@link #GAP} map units of a bubble placed before them onto the
 * nearest free place of a sunflower spiral around their own. The result depends only on the order and the
 * positions given, so the map looks the same every time; every centre ends up apart from every other, so that
 * every person can be pointed at.
 */
final class BubbleSpreader {

    /** Centres at least this far apart: about 4 pixels on a map that fills the window. */
    static final double GAP = 4;

    /** The sunflower's angle, 360° over the golden ratio squared: places never line up. */
    private static final double GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

    /** Spiral steps out by this share of the gap: tight enough that a crowd stays round. */
    private static final double STEP = 0.62;

    private BubbleSpreader() {
    }

    /** The points in the same order, each moved to its own place when another was there first. */
    static List<MapPoint> spread(List<MapPoint> points) {
        PointGrid placed = new PointGrid(GAP);
        List<MapPoint> spread = new ArrayList<>(points.size());
        for (MapPoint point : points) {
            double x = point.x();
            double y = point.y();
            for (int k = 1; !inside(x, y) || placed.anyWithin(x, y, GAP); k++) {
                double distance = GAP * STEP * Math.sqrt(k);
                x = point.x() + distance * Math.cos(k * GOLDEN_ANGLE);
                y = point.y() + distance * Math.sin(k * GOLDEN_ANGLE);
            }
            MapPoint moved = x == point.x() && y == point.y() ? point
                    : new MapPoint(point.id(), point.name(), point.depth(), point.investment(), point.warmth(),
                    point.radius(), point.kind(), point.status(), x, y);
            placed.add(spread.size(), x, y);
            spread.add(moved);
        }
        return spread;
    }

    /** Within the map: a crowd at Depth 0 grows upwards rather than below the axis. */
    private static boolean inside(double x, double y) {
        return x >= 0 && x <= MapLayout.SIZE && y >= 0 && y <= MapLayout.SIZE;
    }
}
