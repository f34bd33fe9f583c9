package app.kith.exchange.ics;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;

/**
 * Stable UIDs, so that importing a later export into a calendar updates its events instead of adding them twice:
 * each UID is a name-based UUID of what the event is about, never a random one.
 */
final class CalendarUids {

    private static final String SUFFIX = "@kith";

    private CalendarUids() {
    }

    /** A person's birthday: one event per person, so that correcting the day moves the event. */
    static String birthday(UUID person) {
        return of("birthday " + person);
    }

    /** A person's other date: the same person, label and date make the same UID. */
    static String date(UUID person, String label, String date) {
        return of("date " + person + " " + label.toLowerCase(Locale.ROOT) + " " + date);
    }

    /** A follow-up keeps its own id's event. */
    static String followUp(UUID followUp) {
        return of("follow-up " + followUp);
    }

    private static String of(String name) {
        return UUID.nameUUIDFromBytes(("kith " + name).getBytes(StandardCharsets.UTF_8)) + SUFFIX;
    }
}
