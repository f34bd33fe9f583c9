package app.kith.store;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.text.Normalizer;
import java.util.Locale;

/**
 * What two people are compared by: an email without regard to case, a phone in E.164 form (read in
 * the user's region when it has no country code, by Google's libphonenumber), a name without regard
 * to case, accents or spacing.
 */
public final class MatchKeys {

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

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
        String digits = phone.replaceAll("[^0-9]", "");
        return digits.length() < 5 ? null : digits;
    }

    /** "Zoë  Müller" → "zoe muller". */
    public static String name(String name) {
        String bare = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .replace("ß", "ss").replace("ø", "o").replace("Ø", "o").replace("ł", "l").replace("Ł", "l");
        return bare.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
