package app.kith.exchange.contacts;

import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;

/** A person's name put together from its parts, as address books split it. */
public final class Names {

    private Names() {
    }

    /** The non-blank parts joined with single spaces, or null when there are none. */
    public static String joined(String... parts) {
        String name = Arrays.stream(parts).filter(Objects::nonNull).map(String::strip).filter(p -> !p.isEmpty())
                .collect(Collectors.joining(" "));
        return name.isEmpty() ? null : name;
    }

    /** Null for blank, else stripped. */
    public static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
