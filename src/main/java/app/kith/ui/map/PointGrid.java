package app.kith.ui.map;

import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * A uniform grid over the map's units (0 to {@link MapLayout#SIZE} both ways) that finds the points near a place
 * without looking at the others: the spatial index behind the map's hover and its spreading. Each cell chains its
 * points through plain arrays, so that a look-up allocates nothing. Points are numbered by the caller, from 0.
 */
final class PointGrid {

    private final double cell;
    private final int columns;
    /** Per cell, its first point plus one (0: none). */
    private final int[] first;
    /** Per point, the next point of its cell plus one (0: none). */
    private int[] next;
    private double[] xs;
    private double[] ys;

    PointGrid(double cellSize, int expectedPoints) {
        this.cell = cellSize;
        this.columns = (int) Math.ceil(MapLayout.SIZE / cellSize) + 1;
        this.first = new int[columns * columns];
        int capacity = Math.max(16, expectedPoints);
        this.next = new int[capacity];
        this.xs = new double[capacity];
        this.ys = new double[capacity];
    }

    void add(int point, double x, double y) {
        if (point >= xs.length) {
            int size = Math.max(point + 1, xs.length * 2);
            xs = Arrays.copyOf(xs, size);
            ys = Arrays.copyOf(ys, size);
            next = Arrays.copyOf(next, size);
        }
        xs[point] = x;
        ys[point] = y;
        int at = index(x) * columns + index(y);
        next[point] = first[at];
        first[at] = point + 1;
    }

    /** True when a point lies closer than the distance to the place. */
    boolean anyWithin(double x, double y, double distance) {
        double limit = distance * distance;
        int lastColumn = index(x + distance);
        int lastRow = index(y + distance);
        for (int c = index(x - distance); c <= lastColumn; c++) {
            for (int r = index(y - distance); r <= lastRow; r++) {
                for (int p = first[c * columns + r]; p != 0; p = next[p - 1]) {
                    double dx = xs[p - 1] - x;
                    double dy = ys[p - 1] - y;
                    if (dx * dx + dy * dy < limit) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Every point in the cells that meet the rectangle (some just outside it). */
    void eachNear(double left, double top, double right, double bottom, IntConsumer visit) {
        int lastColumn = index(right);
        int lastRow = index(bottom);
        for (int c = index(left); c <= lastColumn; c++) {
            for (int r = index(top); r <= lastRow; r++) {
                for (int p = first[c * columns + r]; p != 0; p = next[p - 1]) {
                    visit.accept(p - 1);
                }
            }
        }
    }

    /** The cell of a place across or down, places off the map counted in the edge's cells. */
    private int index(double value) {
        return Math.max(0, Math.min(columns - 1, (int) Math.floor(value / cell)));
    }
}
