package app.kith.store;

/**
 * A phone number with its key (E.164 form, {@link MatchKeys#phone}), read by libphonenumber only when
 * another number ends with the same digits: reading every number was a third of an import's preview,
 * and in an address book few numbers share their last six digits. The {@link #tail} is known at once.
 */
final class PhoneKey {

    private final String number;
    private final String tail;
    private final MatchKeys keys;
    private String key;

    private PhoneKey(String number, String tail, MatchKeys keys, String key) {
        this.number = number;
        this.tail = tail;
        this.keys = keys;
        this.key = key;
    }

    /** The number's key to be, or null when it has none (too few digits to be a phone number). */
    static PhoneKey of(String number, MatchKeys keys) {
        String tail = MatchKeys.plainTail(number);
        if (tail != null) {
            return new PhoneKey(number, tail, keys, null);
        }
        String key = keys.phone(number);
        return key == null ? null : new PhoneKey(number, MatchKeys.tailOf(key), keys, key);
    }

    /** The key's last digits: two numbers with the same key have the same tail. */
    String tail() {
        return tail;
    }

    /** The key, read now if it was not yet (a plain number of ten digits or more always has one). */
    String key() {
        if (key == null) {
            key = keys.phone(number);
        }
        return key;
    }
}
