package app.kith.store;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What two people are compared by: an email without regard to case, a phone in E.164 form (read in
 * the user's region when it has no country code, by Google's libphonenumber), a name without regard
 * to case, accents or spacing.
 */
public final class MatchKeys {

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_DIGITS = Pattern.compile("[^0-9]");
    private static final Pattern NOT_WORDS = Pattern.compile("[^\\p{L}\\p{N}]+");

    /** How many of a phone key's last digits {@link PeopleIndex} groups numbers by before reading them. */
    static final int TAIL = 6;
    /** A plain number with fewer digits may have a national number shorter than {@link #TAIL}. */
    private static final int PLAIN_DIGITS = TAIL + 4;
    private static final String PLAIN_SEPARATORS = " ()-./";

    private final String region;

    /** @param region the two-letter country a number without a country code is read in, e.g. "DE" */
    public MatchKeys(String region) {
        this.region = region == null || region.isBlank() ? "ZZ" : region.toUpperCase(Locale.ROOT);
    }

    /** The region of the default locale. */
    public static MatchKeys ofDefaultLocale() {
        return new MatchKeys(Locale.getDefault().getCountry());
    }

    public static String email(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    /** {@code +4930123456}, or the bare digits when the number cannot be read as a phone number; null for none. */
    public String phone(String phone) {
        try {
            PhoneNumber number = PHONES.parse(phone, region);
            if (PHONES.isPossibleNumber(number)) {
                return PHONES.format(number, PhoneNumberFormat.E164);
            }
        } catch (NumberParseException e) {
            // Not a number libphonenumber reads: its digits are the key.
        }
        String digits = NOT_DIGITS.matcher(phone).replaceAll("");
        return digits.length() < 5 ? null : digits;
    }

    /**
     * The last {@value #TAIL} digits of the number's key ({@link #phone}) when they can be told without
     * reading the number: a plain number (an optional "+", ASCII digits, and spaces, brackets, dashes, dots
     * and slashes between them) of at least ten digits ends with them whatever libphonenumber makes of its
     * beginning (an international prefix, a country code, a "(0)", a trunk prefix or carrier code, Argentina's
     * "15"): those take at most four digits, so the national number keeps its last six. Null for any other
     * number (letters, an extension, "#", ",", digits of another script, fewer digits): its key must be read
     * to know its tail ({@link #tailOf}).
     */
    static String plainTail(String phone) {
        char[] tail = new char[TAIL];
        int digits = 0;
        for (int i = 0; i < phone.length(); i++) {
            char c = phone.charAt(i);
            if (c >= '0' && c <= '9') {
                tail[digits++ % TAIL] = c;
            } else if (PLAIN_SEPARATORS.indexOf(c) < 0 && !(c == '+' && digits == 0)) {
                return null;
            }
        }
        if (digits < PLAIN_DIGITS) {
            return null;
        }
        StringBuilder inOrder = new StringBuilder(TAIL);
        for (int i = 0; i < TAIL; i++) {
            inOrder.append(tail[(digits + i) % TAIL]);
        }
        return inOrder.toString();
    }

    /** The last {@value #TAIL} digits of a phone's key (all of them when it has fewer). */
    static String tailOf(String key) {
        String digits = key.startsWith("+") ? key.substring(1) : key;
        return digits.substring(Math.max(0, digits.length() - TAIL));
    }

    /** "Zoë  Müller" → "zoe muller". */
    public static String name(String name) {
        if (ascii(name)) {
            return asciiName(name);
        }
        String bare = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("")
                .replace("ß", "ss").replace("ø", "o").replace("Ø", "o").replace("ł", "l").replace("Ł", "l");
        return NOT_WORDS.matcher(bare.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    private static boolean ascii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@link #name} of a name in plain ASCII, which has no accents to take off: the same key without the
     * normalising and the two regular expressions (a tenth of an import's preview went there).
     */
    private static String asciiName(String name) {
        StringBuilder key = new StringBuilder(name.length());
        boolean gap = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                gap = append(key, gap, c);
            } else if (c >= 'A' && c <= 'Z') {
                gap = append(key, gap, (char) (c + ('a' - 'A')));
            } else {
                gap = true;
            }
        }
        return key.toString();
    }

    /** Adds the character, after one space when other characters stood between it and the last one. */
    private static boolean append(StringBuilder key, boolean gap, char c) {
        if (gap && key.length() > 0) {
            key.append(' ');
        }
        key.append(c);
        return false;
    }
}
