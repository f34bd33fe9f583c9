package app.kith.exchange.csv;

import app.kith.domain.Person;
import app.kith.insight.InsightFields;
import app.kith.insight.PersonInsight;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The people as a CSV file for a spreadsheet, one row a person: every field Kith keeps (the photo
 * excepted) and the scores as of a day under the names {@code kith people --json} gives them
 * ({@link InsightFields}), so that both hold the same numbers. Several values in one cell (emails,
 * phones, tags, dates) are separated by "; ". The file begins with a byte-order mark, which
 * spreadsheets take as the sign of UTF-8 (without it Excel reads "Müller" wrongly).
 *
 * <p>A free-text cell that begins with =, +, - or @ is written after an apostrophe, as spreadsheets
 * expect: otherwise a note an address book brought in could run as a formula when the file is opened.
 */
public final class PeopleSheet {

    /** Between several values in one cell. */
    public static final String SEPARATOR = "; ";

    /** A person and their insight as of the day; the archived are not scored (as in {@code kith people}). */
    public record Row(Person person, PersonInsight insight) {
    }

    private record Column(String name, boolean freeText, Function<Person, Object> value) {
    }

    private static final List<Column> PERSON = List.of(
            new Column("id", false, Person::id),
            new Column("name", true, Person::name),
            new Column("nickname", true, Person::nickname),
            new Column("emails", true, p -> joined(p.emails())),
            new Column("phones", false, p -> joined(p.phones())),
            new Column("organization", true, Person::organization),
            new Column("title", true, Person::title),
            new Column("birthday", false, Person::birthday),
            new Column("dates", true, p -> joined(p.dates().stream().map(d -> d.label() + ": " + d.date()).toList())),
            new Column("howWeMet", true, Person::howWeMet),
            new Column("metOn", false, Person::metOn),
            new Column("tags", true, p -> joined(p.tags())),
            new Column("kin", false, Person::kin),
            new Column("pinnedRing", false, p -> p.ring() == null ? null : p.ring().size()),
            new Column("ownCadenceDays", false, Person::cadenceDays),
            new Column("archived", false, Person::archived),
            new Column("notes", true, Person::notes),
            new Column("mattersToThem", true, Person::mattersToThem));

    private PeopleSheet() {
    }

    /** The header row: the person's fields, then the scores. */
    public static List<String> header() {
        List<String> names = new ArrayList<>(PERSON.stream().map(Column::name).toList());
        InsightFields.PERSON.forEach(field -> names.add(field.name()));
        return names;
    }

    /**
     * Writes the header and a row for each person, as they come; the writer is closed at the end.
     *
     * @param written runs after each row (to count them, or to stop the write by throwing)
     * @return how many people were written
     */
    public static int write(Iterable<Row> rows, Writer out, Runnable written) throws IOException {
        int count = 0;
        out.write('\uFEFF');
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
                .setHeader(header().toArray(String[]::new)).get())) {
            for (Row row : rows) {
                printer.printRecord(cells(row));
                count++;
                written.run();
            }
        }
        return count;
    }

    private static List<Object> cells(Row row) {
        List<Object> cells = new ArrayList<>();
        for (Column column : PERSON) {
            Object value = column.value().apply(row.person());
            cells.add(column.freeText() && value != null ? guarded(value.toString()) : value);
        }
        for (InsightFields.Field field : InsightFields.PERSON) {
            Object value = row.insight() == null ? null : field.value().apply(row.insight());
            cells.add(value instanceof BigDecimal figure ? figure.toPlainString() : value);
        }
        return cells;
    }

    private static String joined(List<String> values) {
        return values.isEmpty() ? null : String.join(SEPARATOR, values);
    }

    private static String guarded(String text) {
        return !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
