package app.kith.exchange.csv;

import app.kith.common.ErrorText;
import app.kith.exchange.contacts.ContactDates;
import app.kith.exchange.contacts.ContactFileRefused;
import app.kith.exchange.contacts.ContactFormat;
import app.kith.exchange.contacts.ContactRecord;
import app.kith.exchange.contacts.ContactSink;
import app.kith.exchange.contacts.ContactsStopped;
import app.kith.exchange.contacts.LineLimitReader;
import app.kith.exchange.contacts.Rejection;
import app.kith.exchange.contacts.TextInput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV export of an address book row by row (commons-csv parses): the header tells the
 * dialect (Google, Outlook in English, German or French, LinkedIn with its notes before the header,
 * Thunderbird); any other header needs the user's {@link ColumnMapping}, and without one the file is
 * refused with the list of its columns.
 */
public final class CsvContacts {

    /** The header is looked for among the first rows: LinkedIn writes notes above it. */
    private static final int HEADER_SEARCH_ROWS = 6;

    private CsvContacts() {
    }

    /** A CSV file's columns and the first row's values beside them, for the window's mapping step. */
    public record Columns(List<String> names, List<String> samples, ContactFormat recognised) {
    }

    /**
     * @return the dialect read (MAPPED_CSV when the mapping was used)
     * @throws ContactFileRefused when the columns are not recognised and there is no mapping, a mapped
     *         column is not in the file, or the file cannot be read as CSV
     */
    public static ContactFormat read(TextInput input, ColumnMapping mapping, ContactSink sink) {
        try (LineLimitReader reader = input.reader();
             CSVParser parser = format(input.head()).parse(reader)) {
            Iterator<CSVRecord> rows = parser.iterator();
            Header header = header(rows);
            if (header == null) {
                throw new ContactFileRefused(input.file(), "has no header row of columns");
            }
            CsvDialect dialect = CsvDialect.of(header.names);
            RowMapper mapper = dialect != null
                    ? new RowMapper(dialect.uses(header.names), dialect.dateOrder, dialect.multiValue, dialect.format)
                    : new RowMapper(mapped(input, header.names, mapping), ContactDates.Order.MONTH_FIRST, null,
                            ContactFormat.MAPPED_CSV);
            long line = parser.getCurrentLineNumber() + 1;
            while (rows.hasNext()) {
                CSVRecord row = rows.next();
                row(mapper, row, (int) line, sink);
                line = parser.getCurrentLineNumber() + 1;
            }
            return dialect != null ? dialect.format : ContactFormat.MAPPED_CSV;
        } catch (LineLimitReader.LineTooLong e) {
            throw new ContactFileRefused(input.file(), e.getMessage() + ", which no CSV row is; nothing of it was"
                    + " imported");
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new ContactFileRefused(input.file(), "is not CSV Kith can read: " + ErrorText.rootReason(e));
        }
    }

    /** The header and first row, and the dialect when Kith knows it. */
    public static Columns columns(TextInput input) {
        try (LineLimitReader reader = input.reader();
             CSVParser parser = format(input.head()).parse(reader)) {
            Iterator<CSVRecord> rows = parser.iterator();
            Header header = header(rows);
            if (header == null) {
                throw new ContactFileRefused(input.file(), "has no header row of columns");
            }
            List<String> samples = new ArrayList<>();
            if (rows.hasNext()) {
                rows.next().forEach(samples::add);
            }
            CsvDialect dialect = CsvDialect.of(header.names);
            return new Columns(header.names, samples, dialect == null ? null : dialect.format);
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new ContactFileRefused(input.file(), "is not CSV Kith can read: " + ErrorText.rootReason(e));
        }
    }

    private static void row(RowMapper mapper, CSVRecord row, int line, ContactSink sink) {
        if (sink.stopRequested()) {
            throw new ContactsStopped();
        }
        try {
            sink.accept(new ContactRecord(line, mapper.person(row)));
        } catch (RowMapper.EmptyRow e) {
            // A row with nothing in it is no record.
        } catch (IllegalArgumentException e) {
            sink.reject(new Rejection(line, e.getMessage()));
        }
    }

    private record Header(List<String> names) {
    }

    /** The first row that a dialect recognises among the first few, else the first row of several columns. */
    private static Header header(Iterator<CSVRecord> rows) {
        List<String> firstWide = null;
        List<List<String>> seen = new ArrayList<>();
        while (rows.hasNext() && seen.size() < HEADER_SEARCH_ROWS) {
            List<String> names = rows.next().toList();
            if (CsvDialect.of(names) != null) {
                return new Header(names);
            }
            seen.add(names);
            if (names.size() > 1) {
                firstWide = names;
                break;
            }
        }
        return firstWide == null ? null : new Header(firstWide);
    }

    private static List<ColumnUse> mapped(TextInput input, List<String> header, ColumnMapping mapping) {
        List<String> names = CsvDialect.normalized(header);
        if (mapping.isEmpty()) {
            throw new ContactFileRefused(input.file(), "has columns Kith does not recognise: " + String.join(", ",
                    header) + ". Say what they hold with --map \"COLUMN=field\" (fields: " + CsvField.mappable() + ")");
        }
        List<ColumnUse> uses = new ArrayList<>();
        for (Map.Entry<String, CsvField> entry : mapping.fields().entrySet()) {
            int index = names.indexOf(entry.getKey());
            if (index < 0) {
                throw new ContactFileRefused(input.file(), "has no column \"" + entry.getKey() + "\"; its columns are "
                        + String.join(", ", header));
            }
            uses.add(new ColumnUse(index, entry.getValue()));
        }
        if (uses.stream().noneMatch(u -> u.field() == CsvField.NAME || u.field() == CsvField.FIRST_NAME
                || u.field() == CsvField.LAST_NAME || u.field() == CsvField.ORGANIZATION)) {
            throw new ContactFileRefused(input.file(), "needs a column mapped to name, firstName, lastName or"
                    + " organization, so that each person has a name");
        }
        return uses;
    }

    /** Commas, unless the header is divided by semicolons or tabs (a spreadsheet in another language). */
    private static CSVFormat format(String head) {
        String firstLines = head.lines().limit(8).reduce("", (a, b) -> a + "\n" + b);
        char delimiter = ',';
        long best = count(firstLines, ',');
        for (char other : new char[] {';', '\t'}) {
            long n = count(firstLines, other);
            if (n > best) {
                best = n;
                delimiter = other;
            }
        }
        return CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true)
                .setIgnoreSurroundingSpaces(true).get();
    }

    private static long count(String text, char c) {
        return text.chars().filter(ch -> ch == c).count();
    }
}
