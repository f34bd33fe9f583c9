package app.kith.domain;

import java.util.Arrays;
import java.util.stream.Collectors;

/** An enumeration with a stable lower-case code, as written in the archive and the database. */
public interface Coded {

    String code();

    /** A label for people, e.g. "In person". */
    String label();

    /**
     * Finds the constant with the given code.
     *
     * @throws IllegalArgumentException naming the value and the allowed codes, e.g.
     *     {@code "telepathy" is not one of in-person, video, call, ...}
     */
    static <E extends Enum<E> & Coded> E parse(Class<E> type, String code) {
        for (E constant : type.getEnumConstants()) {
            if (constant.code().equals(code)) {
                return constant;
            }
        }
        throw new IllegalArgumentException(
                (code == null ? "a missing value" : "\"" + code + "\"") + " is not one of " + codes(type));
    }

    /** The allowed codes, comma separated, in declaration order. */
    static <E extends Enum<E> & Coded> String codes(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Coded::code).collect(Collectors.joining(", "));
    }
}
