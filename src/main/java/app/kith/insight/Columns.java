package app.kith.insight;

import java.util.Arrays;
import java.util.function.IntUnaryOperator;

/** Small array helpers for the timeline columns: sorted search, insert and remove by copy. */
final class Columns {

    private Columns() {
    }

    /**
     * Where a probe goes in sorted entries: after every entry that sorts before or equal to it.
     *
     * @param compareAt the order of entry i against the probe (negative when entry i sorts first)
     */
    static int insertionPoint(int size, IntUnaryOperator compareAt) {
        int low = 0;
        int high = size;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (compareAt.applyAsInt(middle) <= 0) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /** The index of an entry equal to the probe, or −1. */
    static int find(int size, IntUnaryOperator compareAt) {
        int after = insertionPoint(size, compareAt);
        return after > 0 && compareAt.applyAsInt(after - 1) == 0 ? after - 1 : -1;
    }

    /** How many of the ascending days are on or before the day. */
    static int countUpTo(int[] days, int day) {
        return insertionPoint(days.length, i -> Integer.compare(days[i], day));
    }

    /** The indexes 0..size−1 ordered by the comparison, stable for equal entries. */
    static int[] sortedOrder(int size, IndexComparator compare) {
        Integer[] boxed = new Integer[size];
        for (int i = 0; i < size; i++) {
            boxed[i] = i;
        }
        Arrays.sort(boxed, (a, b) -> compare.compare(a, b));
        int[] order = new int[size];
        for (int i = 0; i < size; i++) {
            order[i] = boxed[i];
        }
        return order;
    }

    /** Compares the entries at two indexes. */
    @FunctionalInterface
    interface IndexComparator {
        int compare(int i, int j);
    }

    static int[] insert(int[] values, int at, int value) {
        int[] result = new int[values.length + 1];
        System.arraycopy(values, 0, result, 0, at);
        result[at] = value;
        System.arraycopy(values, at, result, at + 1, values.length - at);
        return result;
    }

    static short[] insert(short[] values, int at, short value) {
        short[] result = new short[values.length + 1];
        System.arraycopy(values, 0, result, 0, at);
        result[at] = value;
        System.arraycopy(values, at, result, at + 1, values.length - at);
        return result;
    }

    static byte[] insert(byte[] values, int at, byte value) {
        byte[] result = new byte[values.length + 1];
        System.arraycopy(values, 0, result, 0, at);
        result[at] = value;
        System.arraycopy(values, at, result, at + 1, values.length - at);
        return result;
    }

    static int[] remove(int[] values, int at) {
        int[] result = new int[values.length - 1];
        System.arraycopy(values, 0, result, 0, at);
        System.arraycopy(values, at + 1, result, at, values.length - at - 1);
        return result;
    }

    static short[] remove(short[] values, int at) {
        short[] result = new short[values.length - 1];
        System.arraycopy(values, 0, result, 0, at);
        System.arraycopy(values, at + 1, result, at, values.length - at - 1);
        return result;
    }

    static byte[] remove(byte[] values, int at) {
        byte[] result = new byte[values.length - 1];
        System.arraycopy(values, 0, result, 0, at);
        System.arraycopy(values, at + 1, result, at, values.length - at - 1);
        return result;
    }
}
