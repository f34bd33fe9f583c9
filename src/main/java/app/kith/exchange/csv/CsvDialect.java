package app.kith.exchange.csv;

import app.kith.exchange.contacts.ContactDates;
import app.kith.exchange.contacts.ContactFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An address book's CSV export, recognised from its header: which columns it must have, and what
 * each of its columns holds. Google's numbered columns ("E-mail 2 - Value", "Event 1 - Label") grow
 * with the data, so they are recognised by their pattern.
 */
final class CsvDialect {

    private static final Pattern NUMBERED = Pattern.compile("(e-mail|phone|event|organization) \\d+ - (value|name|title)");

    final ContactFormat format;
    final ContactDates.Order dateOrder;
    /** " ::: " separates several values in one Google cell; Outlook's categories are split by ";". */
    final String multiValue;
    private final List<Set<String>> signatures;
    private final Map<String, CsvField> columns;
    private final boolean numbered;

    private CsvDialect(ContactFormat format, ContactDates.Order dateOrder, String multiValue,
                       List<Set<String>> signatures, Map<String, CsvField> columns, boolean numbered) {
        this.format = format;
        this.dateOrder = dateOrder;
        this.multiValue = multiValue;
        this.signatures = signatures;
        this.columns = columns;
        this.numbered = numbered;
    }

    /** The dialect of this header, or null when it is none Kith knows. */
    static CsvDialect of(List<String> header) {
        Set<String> names = Set.copyOf(normalized(header));
        for (CsvDialect dialect : KNOWN) {
            if (dialect.signatures.stream().anyMatch(names::containsAll)) {
                return dialect;
            }
        }
        return null;
    }

    /** The columns of this header that the dialect puts to use. */
    List<ColumnUse> uses(List<String> header) {
        List<String> names = normalized(header);
        List<ColumnUse> uses = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            CsvField field = columns.get(names.get(i));
            if (field != null) {
                uses.add(new ColumnUse(i, field));
            } else if (numbered) {
                numbered(names, i).ifPresent(uses::add);
            }
        }
        return uses;
    }

    private static java.util.Optional<ColumnUse> numbered(List<String> names, int i) {
        Matcher m = NUMBERED.matcher(names.get(i));
        if (!m.matches()) {
            return java.util.Optional.empty();
        }
        String prefix = names.get(i).substring(0, names.get(i).lastIndexOf(" - "));
        CsvField field = switch (m.group(1) + "/" + m.group(2)) {
            case "e-mail/value" -> CsvField.EMAIL;
            case "phone/value" -> CsvField.PHONE;
            case "event/value" -> CsvField.EVENT;
            case "organization/name" -> CsvField.ORGANIZATION;
            case "organization/title" -> CsvField.TITLE;
            default -> null;
        };
        if (field == null) {
            return java.util.Optional.empty();
        }
        int label = names.indexOf(prefix + " - label");
        return java.util.Optional.of(new ColumnUse(i, field, label >= 0 ? label : names.indexOf(prefix + " - type")));
    }

    static List<String> normalized(List<String> header) {
        return header.stream().map(name -> name.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT)).toList();
    }

    private static final List<CsvDialect> KNOWN = List.of(
            new CsvDialect(ContactFormat.LINKEDIN_CSV, ContactDates.Order.MONTH_FIRST, null,
                    List.of(Set.of("first name", "last name", "connected on")), map(
                            "first name", CsvField.FIRST_NAME, "last name", CsvField.LAST_NAME,
                            "email address", CsvField.EMAIL, "company", CsvField.ORGANIZATION,
                            "position", CsvField.TITLE, "connected on", CsvField.MET_ON, "url", CsvField.LINK),
                    false),
            new CsvDialect(ContactFormat.GOOGLE_CSV, ContactDates.Order.MONTH_FIRST, " ::: ",
                    List.of(Set.of("first name", "last name", "file as"), Set.of("first name", "last name", "labels")),
                    map("first name", CsvField.FIRST_NAME, "middle name", CsvField.MIDDLE_NAME,
                            "last name", CsvField.LAST_NAME, "nickname", CsvField.NICKNAME,
                            "organization name", CsvField.ORGANIZATION, "organization title", CsvField.TITLE,
                            "birthday", CsvField.BIRTHDAY, "notes", CsvField.NOTES, "labels", CsvField.TAGS),
                    true),
            new CsvDialect(ContactFormat.GOOGLE_LEGACY_CSV, ContactDates.Order.MONTH_FIRST, " ::: ",
                    List.of(Set.of("given name", "family name", "group membership")),
                    map("name", CsvField.NAME, "given name", CsvField.FIRST_NAME,
                            "additional name", CsvField.MIDDLE_NAME, "family name", CsvField.LAST_NAME,
                            "nickname", CsvField.NICKNAME, "birthday", CsvField.BIRTHDAY, "notes", CsvField.NOTES,
                            "group membership", CsvField.TAGS),
                    true),
            new CsvDialect(ContactFormat.THUNDERBIRD_CSV, ContactDates.Order.MONTH_FIRST, null,
                    List.of(Set.of("display name", "primary email")),
                    map("first name", CsvField.FIRST_NAME, "last name", CsvField.LAST_NAME,
                            "display name", CsvField.NAME, "nickname", CsvField.NICKNAME,
                            "primary email", CsvField.EMAIL, "secondary email", CsvField.EMAIL,
                            "work phone", CsvField.PHONE, "home phone", CsvField.PHONE,
                            "mobile number", CsvField.PHONE, "organization", CsvField.ORGANIZATION,
                            "job title", CsvField.TITLE, "notes", CsvField.NOTES, "birth year", CsvField.BIRTH_YEAR,
                            "birth month", CsvField.BIRTH_MONTH, "birth day", CsvField.BIRTH_DAY),
                    false),
            OutlookColumns.english(), OutlookColumns.german(), OutlookColumns.french());

    /** Outlook's columns in one language. */
    static CsvDialect outlook(ContactFormat format, ContactDates.Order order, Set<String> signature,
                              Map<String, CsvField> columns) {
        return new CsvDialect(format, order, ";", List.of(signature), columns, false);
    }

    /** Pairs of column name and field. */
    static Map<String, CsvField> map(Object... pairs) {
        Map<String, CsvField> map = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (CsvField) pairs[i + 1]);
        }
        return Map.copyOf(map);
    }
}
