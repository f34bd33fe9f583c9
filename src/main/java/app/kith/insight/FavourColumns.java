package app.kith.insight;

import app.kith.domain.Favour;
import app.kith.domain.FavourDirection;
import app.kith.domain.FavourSize;
import app.kith.domain.FavourStatus;
import java.util.Arrays;
import java.util.List;

/**
 * One person's favours as parallel primitive arrays in canonical order (day, then direction, size,
 * status). Entries equal in every column are interchangeable. Immutable.
 */
final class FavourColumns {

    private static final FavourSize[] SIZES = FavourSize.values();
    private static final FavourStatus[] STATUSES = FavourStatus.values();

    static final FavourColumns EMPTY = new FavourColumns(new int[0], new byte[0], new byte[0], new byte[0]);

    final int[] days;
    final byte[] directions;
    final byte[] sizes;
    final byte[] statuses;
    /** Derived: the size's points, halved while promised. */
    final double[] points;

    FavourColumns(int[] days, byte[] directions, byte[] sizes, byte[] statuses) {
        this.days = days;
        this.directions = directions;
        this.sizes = sizes;
        this.statuses = statuses;
        this.points = new double[days.length];
        for (int i = 0; i < days.length; i++) {
            points[i] = FavourWeight.of(size(i), status(i));
        }
    }

    /** The columns of these favours, sorted into canonical order. */
    static FavourColumns of(List<Favour> favours) {
        int n = favours.size();
        int[] days = new int[n];
        byte[] directions = new byte[n];
        byte[] sizes = new byte[n];
        byte[] statuses = new byte[n];
        for (int i = 0; i < n; i++) {
            Favour favour = favours.get(i);
            days[i] = Days.of(favour.date());
            directions[i] = (byte) favour.direction().ordinal();
            sizes[i] = (byte) favour.size().ordinal();
            statuses[i] = (byte) favour.status().ordinal();
        }
        return new FavourColumns(days, directions, sizes, statuses).sorted();
    }

    /** These entries in canonical order. */
    FavourColumns sorted() {
        int n = size();
        int[] order = Columns.sortedOrder(n, (i, j) -> compareEntry(i, this, j));
        int[] sortedDays = new int[n];
        byte[] sortedDirections = new byte[n];
        byte[] sortedSizes = new byte[n];
        byte[] sortedStatuses = new byte[n];
        for (int i = 0; i < n; i++) {
            sortedDays[i] = days[order[i]];
            sortedDirections[i] = directions[order[i]];
            sortedSizes[i] = sizes[order[i]];
            sortedStatuses[i] = statuses[order[i]];
        }
        return new FavourColumns(sortedDays, sortedDirections, sortedSizes, sortedStatuses);
    }

    static FavourColumns single(Favour favour) {
        return of(List.of(favour));
    }

    int size() {
        return days.length;
    }

    boolean isGiven(int i) {
        return directions[i] == FavourDirection.GIVEN.ordinal();
    }

    FavourSize size(int i) {
        return SIZES[sizes[i]];
    }

    FavourStatus status(int i) {
        return STATUSES[statuses[i]];
    }

    int compareEntry(int i, FavourColumns other, int j) {
        int c = Integer.compare(days[i], other.days[j]);
        if (c == 0) {
            c = Byte.compare(directions[i], other.directions[j]);
        }
        if (c == 0) {
            c = Byte.compare(sizes[i], other.sizes[j]);
        }
        if (c == 0) {
            c = Byte.compare(statuses[i], other.statuses[j]);
        }
        return c;
    }

    FavourColumns with(FavourColumns single) {
        int at = Columns.insertionPoint(size(), i -> compareEntry(i, single, 0));
        return new FavourColumns(
                Columns.insert(days, at, single.days[0]),
                Columns.insert(directions, at, single.directions[0]),
                Columns.insert(sizes, at, single.sizes[0]),
                Columns.insert(statuses, at, single.statuses[0]));
    }

    /** The index of an entry equal to the one of {@code single}, or −1. */
    int indexOf(FavourColumns single) {
        return Columns.find(size(), i -> compareEntry(i, single, 0));
    }

    FavourColumns without(int at) {
        return new FavourColumns(
                Columns.remove(days, at),
                Columns.remove(directions, at),
                Columns.remove(sizes, at),
                Columns.remove(statuses, at));
    }

    int countUpTo(int day) {
        return Columns.countUpTo(days, day);
    }

    boolean sameEntries(FavourColumns other) {
        return Arrays.equals(days, other.days) && Arrays.equals(directions, other.directions)
                && Arrays.equals(sizes, other.sizes) && Arrays.equals(statuses, other.statuses);
    }

    int entriesHash() {
        return 31 * Arrays.hashCode(days) + Arrays.hashCode(sizes);
    }
}
