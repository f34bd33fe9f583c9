package app.kith.ui.map;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * A uniform grid over map units that finds the points near a place without looking at the others: the spatial
 * index behind the map's hover, its spreading and its neighbours. Points are numbered by the caller.
 */
final class PointGrid {

    private final double cell;
    private final Map<Long, int[]> cells = new HashMap<>();
    private final Map<Long, Integer> counts = new HashMap<>();
    private double[] xs = new double[64];
    private double[] ys = new double[64];

    PointGrid(double cellSize) {
        this.cell = cellSize;
    }

    void add(int point, double x, double y) {
        if (point >= xs.length) {
            int size = Math.max(point + 1, xs.length * 2);
            xs = Arrays.copyOf(xs, size);
            ys = Arrays.copyOf(ys, size);
        }
        xs[point] = x;
        ys[point] = y;
        long key = key(column(x), row(y));
        int count = counts.getOrDefault(key, 0);
        int[] members = cells.get(key);
        if (members == null || count == members.length) {
            members = members == null ? new int[4] : Arrays.copyOf(members, count * 2);
            cells.put(key, members);
        }
        members[count] = point;
        counts.put(key, count + 1);
    }

    /** True when a point lies closer than the distance to the place. */
    boolean anyWithin(double x, double y, double distance) {
        boolean[] found = new boolean[1];
        eachNear(x - distance, y - distance, x + distance, y + distance, point -> {
            double dx = xs[point] - x;
            double dy = ys[point] - y;
            if (dx * dx + dy * dy < distance * distance) {
                found[0] = true;
            }
        });
        return found[0];
    }

    /** Every point in the cells that meet the rectangle (some just outside it). */
    void eachNear(double left, double top, double right, double bottom, IntConsumer visit) {
        int firstColumn = column(left);
        int lastColumn = column(right);
        int firstRow = row(top);
        int lastRow = row(bottom);
        for (int c = firstColumn; c <= lastColumn; c++) {
            for (int r = firstRow; r <= lastRow; r++) {
                long key = key(c, r);
                int[] members = cells.get(key);
                if (members != null) {
                    int count = counts.get(key);
                    for (int i = 0; i < count; i++) {
                        visit.accept(members[i]);
                    }
                }
            }
        }
    }

    private int column(double x) {
        return (int) Math.floor(x / cell);
    }

    private int row(double y) {
        return (int) Math.floor(y / cell);
    }

    private static long key(int column, int row) {
        return ((long) column << 32) ^ (row & 0xffffffffL);
    }
}
