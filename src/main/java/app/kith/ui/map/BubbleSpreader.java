package app.kith.ui.map;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Spreads bubbles whose centres would lie within {@link #GAP} map units of a bubble placed before them onto the
 * next free place of a sunflower spiral around their own. The result depends only on the order and the positions
 * given, so the map looks the same every time; every centre ends up apart from every other, so that every person
 * can be pointed at. A crowd at one place (thousands at Depth 0 on a large journal) goes on along one spiral: each
 * bubble starts where the one before it from the same small square stopped, instead of trying every taken place
 * again.
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
        PointGrid placed = new PointGrid(GAP, points.size());
        Map<Long, Integer> reached = new HashMap<>();
        List<MapPoint> spread = new ArrayList<>(points.size());
        for (MapPoint point : points) {
            long place = (long) Math.floor(point.x() / GAP) * 1_000_003L + (long) Math.floor(point.y() / GAP);
            int k = reached.getOrDefault(place, 0);
            double x = spiralX(point, k);
            double y = spiralY(point, k);
            while (!inside(x, y) || placed.anyWithin(x, y, GAP)) {
                k++;
                x = spiralX(point, k);
                y = spiralY(point, k);
            }
            reached.put(place, k);
            MapPoint moved = x == point.x() && y == point.y() ? point
                    : new MapPoint(point.id(), point.name(), point.depth(), point.investment(), point.warmth(),
                    point.radius(), point.kind(), point.status(), x, y);
            placed.add(spread.size(), x, y);
            spread.add(moved);
        }
        return spread;
    }

    /** The k-th place of the spiral around the point's own (the 0th is its own). */
    private static double spiralX(MapPoint point, int k) {
        return k == 0 ? point.x() : point.x() + GAP * STEP * Math.sqrt(k) * Math.cos(k * GOLDEN_ANGLE);
    }

    private static double spiralY(MapPoint point, int k) {
        return k == 0 ? point.y() : point.y() + GAP * STEP * Math.sqrt(k) * Math.sin(k * GOLDEN_ANGLE);
    }

    /** Within the map: a crowd at Depth 0 grows upwards rather than below the axis. */
    private static boolean inside(double x, double y) {
        return x >= 0 && x <= MapLayout.SIZE && y >= 0 && y <= MapLayout.SIZE;
    }
}
