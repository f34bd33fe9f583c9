package app.kith.store;

import java.util.Optional;
import static app.kith.store.schema.Tables.SETTING;

/** Named settings kept in the journal, with typed helpers for the ones Kith itself reads. */
public final class SettingsRepository {

    /** The half-life of a conversation's weight, in days (PRODUCT.md, the insight model). */
    public static final String HALF_LIFE = "insight.half-life-days";
    public static final int DEFAULT_HALF_LIFE_DAYS = 90;
    public static final int MIN_HALF_LIFE_DAYS = 30;
    public static final int MAX_HALF_LIFE_DAYS = 365;

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
