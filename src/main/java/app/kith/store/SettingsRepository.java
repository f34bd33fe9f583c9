package app.kith.store;

import java.util.Locale;
import java.util.Optional;
import static app.kith.store.schema.Tables.SETTING;

/** Named settings kept in the journal, with typed helpers for the ones Kith itself reads. */
public final class SettingsRepository {

    /** The half-life of a conversation's weight, in days (PRODUCT.md, the insight model). */
    public static final String HALF_LIFE = "insight.half-life-days";
    public static final int DEFAULT_HALF_LIFE_DAYS = 90;
    public static final int MIN_HALF_LIFE_DAYS = 30;
    public static final int MAX_HALF_LIFE_DAYS = 365;

    /** How many people one review session goes through at most (the top of the queue). */
    public static final String REVIEW_SIZE = "review.size";
    public static final int DEFAULT_REVIEW_SIZE = 10;
    public static final int MIN_REVIEW_SIZE = 1;
    public static final int MAX_REVIEW_SIZE = 100;

    /** How many days after a review Today quietly says the next one is due. */
    public static final String REVIEW_EVERY = "review.every-days";
    public static final int DEFAULT_REVIEW_EVERY_DAYS = 7;
    public static final int MIN_REVIEW_EVERY_DAYS = 1;
    public static final int MAX_REVIEW_EVERY_DAYS = 365;

    private static final int MAX_NAME = 100;
    private static final int MAX_VALUE = 4000;

    private final Database database;

    SettingsRepository(Database database) {
        this.database = database;
    }

    public Optional<String> get(String name) {
        return Optional.ofNullable(database.read(ctx ->
                ctx.select(SETTING.SETTING_VALUE).from(SETTING).where(SETTING.NAME.eq(name)).fetchOne(SETTING.SETTING_VALUE)));
    }

    /** Sets a value, replacing any earlier one. */
    public void put(String name, String value) {
        if (name == null || name.isBlank() || name.length() > MAX_NAME) {
            throw new JournalException("A setting needs a name of 1 to " + MAX_NAME + " characters.");
        }
        if (value == null || value.length() > MAX_VALUE) {
            throw new JournalException("The setting " + name + " needs a value of at most " + MAX_VALUE
                    + " characters.");
        }
        database.transact(ctx -> ctx.insertInto(SETTING).set(SETTING.NAME, name).set(SETTING.SETTING_VALUE, value)
                .onDuplicateKeyUpdate().set(SETTING.SETTING_VALUE, value)
                .execute());
    }

    /** The half-life in days: the default when none is set, or when the stored one is unusable. */
    public int halfLifeDays() {
        return get(HALF_LIFE).flatMap(SettingsRepository::number)
                .filter(SettingsRepository::validHalfLife)
                .orElse(DEFAULT_HALF_LIFE_DAYS);
    }

    /** @throws JournalException when the days are outside 30–365; nothing is changed then */
    public void setHalfLifeDays(int days) {
        if (!validHalfLife(days)) {
            throw new JournalException("The half-life must be between " + MIN_HALF_LIFE_DAYS + " and "
                    + MAX_HALF_LIFE_DAYS + " days, not " + days + ".");
        }
        put(HALF_LIFE, Integer.toString(days));
    }

    /** How many people a review session takes from the top of the queue: the default when none is set or usable. */
    public int reviewSize() {
        return bounded(REVIEW_SIZE, MIN_REVIEW_SIZE, MAX_REVIEW_SIZE, DEFAULT_REVIEW_SIZE);
    }

    /** @throws JournalException when the size is outside 1–100; nothing is changed then */
    public void setReviewSize(int people) {
        putBounded(REVIEW_SIZE, people, MIN_REVIEW_SIZE, MAX_REVIEW_SIZE, "A review takes between %d and %d people, not %d.");
    }

    /** Every how many days a review is due: the default when none is set or usable. */
    public int reviewEveryDays() {
        return bounded(REVIEW_EVERY, MIN_REVIEW_EVERY_DAYS, MAX_REVIEW_EVERY_DAYS, DEFAULT_REVIEW_EVERY_DAYS);
    }

    /** @throws JournalException when the days are outside 1–365; nothing is changed then */
    public void setReviewEveryDays(int days) {
        putBounded(REVIEW_EVERY, days, MIN_REVIEW_EVERY_DAYS, MAX_REVIEW_EVERY_DAYS,
                "A review is due every %d to %d days, not every %d.");
    }

    private int bounded(String name, int min, int max, int fallback) {
        return get(name).flatMap(SettingsRepository::number)
                .filter(value -> value >= min && value <= max)
                .orElse(fallback);
    }

    private void putBounded(String name, int value, int min, int max, String refusal) {
        if (value < min || value > max) {
            throw new JournalException(String.format(Locale.ROOT, refusal, min, max, value));
        }
        put(name, Integer.toString(value));
    }

    private static boolean validHalfLife(int days) {
        return days >= MIN_HALF_LIFE_DAYS && days <= MAX_HALF_LIFE_DAYS;
    }

    private static Optional<Integer> number(String text) {
        try {
            return Optional.of(Integer.parseInt(text.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
