package app.kith.exchange.csv;

import app.kith.domain.ImportantDate;
import app.kith.domain.PartialDate;
import app.kith.domain.Person;
import app.kith.exchange.contacts.ContactDates;
import app.kith.exchange.contacts.ContactFormat;
import app.kith.exchange.contacts.Names;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;

/**
 * One CSV row as a person, by the columns put to use. A row with only a company becomes a contact
 * named after it; a row with neither a name nor a company is refused; an empty row is passed over.
 */
final class RowMapper {

    /** The row says nothing at all: not a record (spreadsheets leave such rows at the end). */
    static final class EmptyRow extends Exception {
        private static final long serialVersionUID = 1L;

        EmptyRow() {
            super(null, null, false, false);
        }
    }

    private final List<ColumnUse> uses;
    private final ContactDates.Order dateOrder;
    private final String multiValue;
    private final ContactFormat format;

    RowMapper(List<ColumnUse> uses, ContactDates.Order dateOrder, String multiValue, ContactFormat format) {
        this.uses = uses;
        this.dateOrder = dateOrder;
        this.multiValue = multiValue;
        this.format = format;
    }

    /**
     * @throws EmptyRow when no column in use holds anything
     * @throws IllegalArgumentException with the reason when the row is no person Kith can keep
     */
    Person person(CSVRecord row) throws EmptyRow {
        Map<CsvField, List<String>> values = new EnumMap<>(CsvField.class);
        List<ImportantDate> dates = new ArrayList<>();
        for (ColumnUse use : uses) {
            String value = use.index() < row.size() ? Names.text(row.get(use.index())) : null;
            if (value == null) {
                continue;
            }
            if (use.field() == CsvField.EVENT) {
                String label = use.labelIndex() >= 0 && use.labelIndex() < row.size()
                        ? Names.text(row.get(use.labelIndex())) : null;
                PartialDate date = date(value);
                if (date != null) {
                    dates.add(new ImportantDate(label == null ? "date" : label.toLowerCase(Locale.ROOT), date));
                }
                continue;
            }
            values.computeIfAbsent(use.field(), f -> new ArrayList<>()).addAll(split(use.field(), value));
        }
        if (values.isEmpty() && dates.isEmpty()) {
            throw new EmptyRow();
        }
        for (String anniversary : values.getOrDefault(CsvField.ANNIVERSARY, List.of())) {
            PartialDate date = date(anniversary);
            if (date != null) {
                dates.add(new ImportantDate("anniversary", date));
            }
        }
        Person.Builder person = Person.builder()
                .name(name(values))
                .nickname(first(values, CsvField.NICKNAME))
                .emails(distinct(values, CsvField.EMAIL))
                .phones(distinct(values, CsvField.PHONE))
                .organization(first(values, CsvField.ORGANIZATION))
                .title(first(values, CsvField.TITLE))
                .birthday(birthday(values))
                .dates(List.copyOf(new LinkedHashSet<>(dates)))
                .howWeMet(first(values, CsvField.HOW_WE_MET))
                .mattersToThem(first(values, CsvField.MATTERS_TO_THEM))
                .notes(notes(values))
                .tags(tags(values));
        String metOn = first(values, CsvField.MET_ON);
        if (metOn != null) {
            PartialDate met = ContactDates.parse(metOn, dateOrder);
            if (met != null && met.hasYear()) {
                person.metOn(java.time.LocalDate.of(met.year(), met.month(), met.day()));
            }
        }
        return person.build();
    }

    private List<String> split(CsvField field, String value) {
        boolean many = field == CsvField.EMAIL || field == CsvField.PHONE || field == CsvField.TAGS;
        if (!many) {
            return List.of(value);
        }
        String separator = multiValue != null ? multiValue : field == CsvField.TAGS ? ";" : null;
        if (separator == null) {
            return List.of(value);
        }
        List<String> parts = new ArrayList<>();
        for (String part : value.split(java.util.regex.Pattern.quote(separator.strip()))) {
            String text = Names.text(part);
            if (text != null) {
                parts.add(text);
            }
        }
        return parts;
    }

    private static String name(Map<CsvField, List<String>> values) {
        String name = first(values, CsvField.NAME);
        if (name == null) {
            name = Names.joined(first(values, CsvField.FIRST_NAME), first(values, CsvField.MIDDLE_NAME),
                    first(values, CsvField.LAST_NAME));
        }
        if (name == null) {
            name = first(values, CsvField.ORGANIZATION);
        }
        if (name == null) {
            name = first(values, CsvField.EMAIL);
        }
        if (name == null) {
            throw new IllegalArgumentException("the row has no name, company or email");
        }
        return name;
    }

    private PartialDate birthday(Map<CsvField, List<String>> values) {
        String text = first(values, CsvField.BIRTHDAY);
        if (text != null) {
            return ContactDates.parse(text, dateOrder);
        }
        String month = first(values, CsvField.BIRTH_MONTH);
        String day = first(values, CsvField.BIRTH_DAY);
        if (month == null || day == null) {
            return null;
        }
        String year = first(values, CsvField.BIRTH_YEAR);
        try {
            return new PartialDate(year == null ? null : Integer.valueOf(year), Integer.parseInt(month),
                    Integer.parseInt(day));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the birthday " + year + "-" + month + "-" + day + " is not a date");
        }
    }

    private PartialDate date(String text) {
        try {
            return ContactDates.parse(text, dateOrder);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private String notes(Map<CsvField, List<String>> values) {
        List<String> notes = new ArrayList<>(values.getOrDefault(CsvField.NOTES, List.of()));
        values.getOrDefault(CsvField.LINK, List.of()).forEach(link -> notes.add(
                (format == ContactFormat.LINKEDIN_CSV ? "LinkedIn: " : "") + link));
        return notes.isEmpty() ? null : String.join("\n\n", notes);
    }

    /** Google's own groups ("* myContacts", "* starred") are not tags; LinkedIn's connections get one. */
    private List<String> tags(Map<CsvField, List<String>> values) {
        Set<String> tags = new LinkedHashSet<>();
        for (String tag : values.getOrDefault(CsvField.TAGS, List.of())) {
            if (!tag.startsWith("*")) {
                tags.add(tag);
            }
        }
        if (format == ContactFormat.LINKEDIN_CSV) {
            tags.add("linkedin");
        }
        return List.copyOf(tags);
    }

    private static String first(Map<CsvField, List<String>> values, CsvField field) {
        List<String> found = values.get(field);
        return found == null || found.isEmpty() ? null : found.get(0);
    }

    private static List<String> distinct(Map<CsvField, List<String>> values, CsvField field) {
        return List.copyOf(new LinkedHashSet<>(values.getOrDefault(field, List.of())));
    }
}
