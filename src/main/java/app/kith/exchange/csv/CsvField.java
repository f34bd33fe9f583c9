package app.kith.exchange.csv;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
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

    /** Column names (lower case, letters and digits only) that say what they hold in other words. */
    private static final Map<String, CsvField> GUESSES = Map.ofEntries(
            Map.entry("fullname", NAME), Map.entry("displayname", NAME), Map.entry("contact", NAME),
            Map.entry("givenname", FIRST_NAME), Map.entry("forename", FIRST_NAME), Map.entry("first", FIRST_NAME),
            Map.entry("surname", LAST_NAME), Map.entry("familyname", LAST_NAME), Map.entry("last", LAST_NAME),
            Map.entry("mail", EMAIL), Map.entry("emailaddress", EMAIL), Map.entry("emails", EMAIL),
            Map.entry("tel", PHONE), Map.entry("telephone", PHONE), Map.entry("mobile", PHONE),
            Map.entry("cell", PHONE), Map.entry("phonenumber", PHONE), Map.entry("phones", PHONE),
            Map.entry("company", ORGANIZATION), Map.entry("organisation", ORGANIZATION),
            Map.entry("employer", ORGANIZATION), Map.entry("jobtitle", TITLE), Map.entry("position", TITLE),
            Map.entry("role", TITLE), Map.entry("birthdate", BIRTHDAY), Map.entry("dateofbirth", BIRTHDAY),
            Map.entry("born", BIRTHDAY), Map.entry("note", NOTES), Map.entry("comments", NOTES),
            Map.entry("groups", TAGS), Map.entry("labels", TAGS), Map.entry("categories", TAGS),
            Map.entry("tag", TAGS), Map.entry("met", MET_ON), Map.entry("connectedon", MET_ON));

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

    /**
     * The field a column of this name most likely holds ("E-mail" → email, "Surname" → lastName), for the
     * window's mapping step to start from; empty when the name says nothing Kith knows.
     */
    public static Optional<CsvField> guess(String column) {
        String bare = column.replace("\uFEFF", "").toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
        Optional<CsvField> named = Arrays.stream(values())
                .filter(f -> f.code != null && f.code.toLowerCase(Locale.ROOT).equals(bare)).findFirst();
        return named.isPresent() ? named : Optional.ofNullable(GUESSES.get(bare));
    }

    /** Every field a mapping may name, for a message: "name, firstName, …". */
    public static String mappable() {
        return Arrays.stream(values()).filter(f -> f.code != null).map(CsvField::code)
                .collect(Collectors.joining(", "));
    }
}
