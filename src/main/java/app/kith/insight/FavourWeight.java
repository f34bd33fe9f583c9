package app.kith.insight;

import app.kith.domain.FavourSize;
import app.kith.domain.FavourStatus;

/** What a favour counts, before decay: its size, halved while it is only promised. */
public final class FavourWeight {

    /**
     * Favours are remembered longer than conversations: a big help is still felt a year later, at
     * half. This half-life is fixed; the user's setting only concerns conversations.
     */
    public static final int HALF_LIFE_DAYS = 365;

    /** A promise is worth something, but not yet what the deed will be. */
    static final double PROMISED_SHARE = 0.5;

    private FavourWeight() {
    }

    public static double of(FavourSize size, FavourStatus status) {
        return points(size) * (status == FavourStatus.PROMISED ? PROMISED_SHARE : 1);
    }

    /** A large favour (a loan, a week of hospitality) weighs like eight small ones. */
    public static double points(FavourSize size) {
        return switch (size) {
            case SMALL -> 1;
            case MEDIUM -> 3;
            case LARGE -> 8;
        };
    }
}
