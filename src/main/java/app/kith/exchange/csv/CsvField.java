package app.kith.exchange.csv;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** What a CSV column holds for Kith; the names are what {@code --map "COLUMN=field"} takes. */
public enum CsvField {
    NAME("name"),
    FIRST_NAME("firstName"),
    MIDDLE_NAME("middleName"),
    LAST_NAME("lastName"),
    NICKNAME("nickname"),
    EMAIL("email"),
    PHONE("phone"),
    ORGANIZATION("organization"),
    TITLE("title"),
    BIRTHDAY("birthday"),
    ANNIVERSARY("anniversary"),
    MET_ON("metOn"),
    HOW_WE_MET("howWeMet"),
    NOTES("notes"),
    MATTERS_TO_THEM("mattersToThem"),
    TAGS("tags"),
    /** Only in dialects: a dated event whose label is in another column (Google's "Event 1 - Label"). */
    EVENT(null),
    /** Only in dialects: Thunderbird's birthday in three columns. */
    BIRTH_YEAR(null),
    BIRTH_MONTH(null),
    BIRTH_DAY(null),
    /** Only in dialects: a link kept in the notes (LinkedIn's profile URL). */
    LINK(null);

    private final String code;

    CsvField(String code) {
        this.code = code;
    }

    /** The name on the command line, or null for the dialect-only fields. */
    public String code() {
        return code;
    }

    /** The field a mapping names ("emails" and "phones", the archive's plurals, are taken too). */
    public static Optional<CsvField> ofCode(String text) {
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        String singular = wanted.equals("emails") || wanted.equals("phones") ? wanted.substring(0, wanted.length() - 1)
                : wanted;
        return Arrays.stream(values()).filter(f -> f.code != null && f.code.toLowerCase(Locale.ROOT).equals(singular))
                .findFirst();
    }

    /** Every field a mapping may name, for a message: "name, firstName, …". */
    public static String mappable() {
        return Arrays.stream(values()).filter(f -> f.code != null).map(CsvField::code)
                .collect(Collectors.joining(", "));
    }
}
