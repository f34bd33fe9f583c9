package app.kith.domain;

import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * What a value from outside (a command line, an archive, a form) must look like before it becomes an entry: a
 * date within a life, an email address with an @. Checked where the value comes in rather than in the records
 * themselves, so that a journal holding an older, odder value still opens.
 */
public final class Plausible {

    /** The first day an entry may be dated: a grandmother's letters, not a date typed as 0000-01-01. */
    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    /** The last: a follow-up planned decades ahead, not 9999-12-31. */
    public static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

    /** Something, an @, something, and no spaces: stricter checks refuse real addresses. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+");

    private Plausible() {
    }

    public static boolean date(LocalDate date) {
        return !date.isBefore(EARLIEST) && !date.isAfter(LATEST);
    }

    /** Why the date is refused: "0000-01-01 is outside the years Kith takes (1900 to 2100)". */
    public static String dateRefusal(LocalDate date) {
        return date + " is outside the years Kith takes (" + EARLIEST.getYear() + " to " + LATEST.getYear() + ")";
    }

    public static boolean email(String address) {
        return EMAIL.matcher(address.strip()).matches();
    }

    /** Why the address is refused: "\"maya.example.org\" is not an email address (it looks like name@example.org)". */
    public static String emailRefusal(String address) {
        return "\"" + address.strip() + "\" is not an email address (it looks like name@example.org)";
    }
}
