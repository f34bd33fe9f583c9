package app.kith.ui.map;

import java.util.List;
import java.util.function.Predicate;

/**
 * Finds bubbles on the map: the one under the pointer (a grid lookup, never a walk over everyone) and the
 * neighbour in a direction for the arrow keys.
 */
public final class MapIndex {

    /** Grid cells of 16 map units: a few bubbles each where the map is crowded. */
    private static final double CELL = 16;

    /** The arrow keys look up to about 63° either side of their direction, and prefer what lies straight ahead. */
    private static final double WIDEST = 2;
    private static final double ASIDE_COUNTS = 2;

    /** The four directions of the arrow keys, on the screen. */
    public enum Direction {
        LEFT(-1, 0), RIGHT(1, 0), UP(0, -1), DOWN(0, 1);

        private final int dx;
        private final int dy;

        Direction(int dx, int dy) {
            this.dx = dx;
            this.dy = dy;
        }
    }

    private final List<MapPoint> points;
    private final PointGrid grid;

    public MapIndex(List<MapPoint> points) {
        this.points = List.copyOf(points);
        this.grid = new PointGrid(CELL, points.size());
        for (int i = 0; i < this.points.size(); i++) {
            grid.add(i, this.points.get(i).x(), this.points.get(i).y());
        }
    }

    public List<MapPoint> points() {
        return points;
    }

    /**
     * The bubble under the pixel, or null: of the bubbles that contain it, the one whose centre is nearest, so
     * that every bubble can be pointed at on its own centre even where bubbles overlap.
     */
    public MapPoint at(Viewport view, double screenX, double screenY) {
        double reach = MapLayout.MAX_RADIUS;
        MapPoint[] best = new MapPoint[1];
        double[] nearest = {Double.MAX_VALUE};
        grid.eachNear(view.mapX(screenX - reach), view.mapY(screenY - reach), view.mapX(screenX + reach),
                view.mapY(screenY + reach), i -> {
                    MapPoint point = points.get(i);
                    double dx = view.screenX(point.x()) - screenX;
                    double dy = view.screenY(point.y()) - screenY;
                    double distance = dx * dx + dy * dy;
                    if (distance <= point.radius() * point.radius() && distance < nearest[0]) {
                        nearest[0] = distance;
                        best[0] = point;
                    }
                });
        return best[0];
    }

    /**
     * The nearest bubble in the direction from the given one, as seen on the screen, among those taken; null when
     * there is none that way.
     */
    public MapPoint neighbour(MapPoint from, Direction direction, Viewport view, Predicate<MapPoint> taken) {
        MapPoint best = null;
        double bestScore = Double.MAX_VALUE;
        for (MapPoint point : points) {
            if (point == from || !taken.test(point)) {
                continue;
            }
            double dx = (point.x() - from.x()) * view.scaleX();
            double dy = (point.y() - from.y()) * view.scaleY();
            double ahead = dx * direction.dx + dy * direction.dy;
            double aside = Math.abs(dx * direction.dy - dy * direction.dx);
            if (ahead > 0 && aside <= ahead * WIDEST) {
                double score = ahead + ASIDE_COUNTS * aside;
                if (score < bestScore) {
                    bestScore = score;
                    best = point;
                }
            }
        }
        return best;
    }
}
