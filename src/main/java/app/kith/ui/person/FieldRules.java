package app.kith.ui.person;

import app.kith.domain.Person;
import app.kith.domain.Plausible;
import java.util.regex.Pattern;

/**
 * What the editor accepts in each text field, each refusal one sentence. The domain checks the
 * same limits again when the person is built; these say it the way a form should.
 */
final class FieldRules {

    static final int NAME_MAX = 200;
    static final int EMAIL_MAX = 320;
    static final int PHONE_MAX = 100;
    static final int TAG_MAX = 100;
    static final int NOTES_MAX = 100_000;
    static final int HOW_WE_MET_MAX = 4000;

    /** Digits and what people write between them: + ( ) - . / spaces, and an extension. */
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9()\\-./ ]*[0-9][0-9()\\-./ ]*((ext\\.?|x) ?[0-9]+)?",
            Pattern.CASE_INSENSITIVE);

    private FieldRules() {
    }

    static String name(String text) {
        String name = strip(text);
        if (name.isEmpty()) {
            return "Enter a name.";
        }
        return longer(name, NAME_MAX, "A name");
    }

    /** Nickname, organisation, title: optional, at most 200 characters. */
    static String shortText(String text, String what) {
        return longer(strip(text), NAME_MAX, what);
    }

    static String longText(String text, String what, int max) {
        return longer(strip(text), max, what);
    }

    static String email(String text) {
        String email = strip(text);
        if (email.isEmpty()) {
            return null;
        }
        if (!Plausible.email(email)) {
            return "“" + email + "” is not an email address; it looks like name@example.org.";
        }
        return longer(email, EMAIL_MAX, "An email address");
    }

    static String phone(String text) {
        String phone = strip(text);
        if (phone.isEmpty()) {
            return null;
        }
        if (!PHONE.matcher(phone).matches()) {
            return "“" + phone + "” is not a phone number; use digits, spaces and + ( ) -.";
        }
        return longer(phone, PHONE_MAX, "A phone number");
    }

    static String tag(String text) {
        return longer(strip(text), TAG_MAX, "A tag");
    }

    static String cadence(String text) {
        String cadence = strip(text);
        if (cadence.isEmpty()) {
            return null;
        }
        int days;
        try {
            days = Integer.parseInt(cadence);
        } catch (NumberFormatException e) {
            return "Enter the cadence as a whole number of days, e.g. 30.";
        }
        if (days < 1 || days > Person.MAX_CADENCE_DAYS) {
            return "A cadence is between 1 and " + Person.MAX_CADENCE_DAYS + " days.";
        }
        return null;
    }

    /** The cadence in days, or null when the field is empty or not right. */
    static Integer cadenceDays(String text) {
        return strip(text).isEmpty() || cadence(text) != null ? null : Integer.valueOf(strip(text));
    }

    static String strip(String text) {
        return text == null ? "" : text.strip();
    }

    private static String longer(String text, int max, String what) {
        return text.length() > max ? what + " has at most " + max + " characters; this one has " + text.length() + "."
                : null;
    }
}
