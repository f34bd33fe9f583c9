package app.kith.domain;

/** Dunbar's layers: about 5, 15, 50 and 150 people, each met about weekly, monthly, twice a year, yearly. */
public enum Ring implements Coded {
    FIVE(5, "Close"),
    FIFTEEN(15, "Good friends"),
    FIFTY(50, "Friends"),
    ONE_FIFTY(150, "Acquaintances");

    private final int size;
    private final String label;

    Ring(int size, String label) {
        this.size = size;
        this.label = label;
    }

    /** The ring's nominal number of people: 5, 15, 50 or 150. */
    public int size() {
        return size;
    }

    @Override
    public String code() {
        return Integer.toString(size);
    }

    @Override
    public String label() {
        return label;
    }

    /** The ring of the given size. */
    public static Ring ofSize(int size) {
        for (Ring ring : values()) {
            if (ring.size == size) {
                return ring;
            }
        }
        throw new IllegalArgumentException(size + " is not a ring; rings are 5, 15, 50 and 150");
    }
}
