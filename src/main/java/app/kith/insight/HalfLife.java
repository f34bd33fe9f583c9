package app.kith.insight;

/**
 * How fast a conversation fades from the figures: an entry of age a days counts 2^(−a/H).
 * With the default of 90 days a missed monthly contact loses about a fifth and a silent year
 * leaves about 6%. The user picks H in Settings.
 *
 * @param days H, the age at which an entry counts half
 */
public record HalfLife(int days) {

    /** Shorter than a month would forget a good friend between two calls. */
    public static final int MIN_DAYS = 30;

    /** Longer than a year would keep a friendship warm long after it ended. */
    public static final int MAX_DAYS = 365;

    /** A season: PRODUCT.md's default. */
    public static final HalfLife DEFAULT = new HalfLife(90);

    private static final double LN_2 = Math.log(2);

    public HalfLife {
        if (days < MIN_DAYS || days > MAX_DAYS) {
            throw new IllegalArgumentException(
                    "the half-life must be between " + MIN_DAYS + " and " + MAX_DAYS + " days, not " + days);
        }
    }

    /** What an entry of the given age in whole days still counts: 2^(−age/H). */
    public double decay(int ageDays) {
        return decay(ageDays, days);
    }

    /** 2^(−age/halfLife), for any half-life (favours keep their own). */
    static double decay(int ageDays, int halfLifeDays) {
        return Math.exp(-ageDays * LN_2 / halfLifeDays);
    }
}
