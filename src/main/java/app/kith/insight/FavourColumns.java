package app.kith.insight;

import app.kith.domain.Favour;
import app.kith.domain.FavourDirection;
import app.kith.domain.FavourSize;
import app.kith.domain.FavourStatus;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * One person's favours as parallel primitive arrays in canonical order (day, then direction, size,
 * status). Entries equal in every column are interchangeable. Immutable.
 */
final class FavourColumns {

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

    static FavourColumns of(List<Favour> favours) {
        FavourColumns[] singles = new FavourColumns[favours.size()];
        for (int i = 0; i < singles.length; i++) {
            singles[i] = single(favours.get(i));
        }
        Arrays.sort(singles, (a, b) -> a.compareEntry(0, b, 0));
        int n = singles.length;
        int[] days = new int[n];
        byte[] directions = new byte[n];
        byte[] sizes = new byte[n];
        byte[] statuses = new byte[n];
        for (int i = 0; i < n; i++) {
            days[i] = singles[i].days[0];
            directions[i] = singles[i].directions[0];
            sizes[i] = singles[i].sizes[0];
            statuses[i] = singles[i].statuses[0];
        }
        return new FavourColumns(days, directions, sizes, statuses);
    }

    static FavourColumns single(Favour favour) {
        return new FavourColumns(
                new int[] {Days.of(favour.date())},
                new byte[] {(byte) favour.direction().ordinal()},
                new byte[] {(byte) favour.size().ordinal()},
                new byte[] {(byte) favour.status().ordinal()});
    }

    int size() {
        return days.length;
    }

    boolean isGiven(int i) {
        return directions[i] == FavourDirection.GIVEN.ordinal();
    }

    FavourDirection direction(int i) {
        return FavourDirection.values()[directions[i]];
    }

    FavourSize size(int i) {
        return FavourSize.values()[sizes[i]];
    }

    FavourStatus status(int i) {
        return FavourStatus.values()[statuses[i]];
    }

    LocalDate date(int i) {
        return LocalDate.ofEpochDay(days[i]);
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
