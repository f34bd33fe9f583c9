package app.kith.ui.exchange;

import app.kith.exchange.csv.ColumnMapping;
import app.kith.exchange.csv.CsvContacts;
import app.kith.exchange.csv.CsvField;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The files of an import whose CSV columns Kith does not recognise, mapped one after the other: for the
 * file at hand, a row per column with its sample and the field chosen for it (guessed from its name to
 * begin with), and the mappings of the files already done.
 */
final class ColumnMappingStep {

    /** Some column must give each person a name. */
    private static final Set<CsvField> NAMING = Set.of(CsvField.NAME, CsvField.FIRST_NAME, CsvField.LAST_NAME,
            CsvField.ORGANIZATION);

    private final List<Path> files;
    private final Map<Path, CsvContacts.Columns> columns;
    private final Map<Path, ColumnMapping> done = new HashMap<>();
    private int at;

    ColumnMappingStep(Map<Path, CsvContacts.Columns> unrecognised) {
        this.columns = new LinkedHashMap<>(unrecognised);
        this.files = List.copyOf(unrecognised.keySet());
    }

    /** The file being mapped. */
    Path file() {
        return files.get(at);
    }

    /** "1 of 2" when there are several, else "". */
    String place() {
        return files.size() == 1 ? "" : (at + 1) + " of " + files.size();
    }

    /** The file's columns, each with its sample and a guess. */
    List<ColumnRow> rows() {
        CsvContacts.Columns file = columns.get(file());
        List<ColumnRow> rows = new ArrayList<>();
        for (int i = 0; i < file.names().size(); i++) {
            String name = file.names().get(i);
            String sample = i < file.samples().size() ? file.samples().get(i) : "";
            rows.add(new ColumnRow(name, sample, CsvField.guess(name).orElse(null)));
        }
        return rows;
    }

    /**
     * Keeps the rows' choices for the file at hand.
     *
     * @return null when they will do, else the sentence that says what is missing
     */
    String accept(List<ColumnRow> rows) {
        Map<String, CsvField> chosen = new LinkedHashMap<>();
        rows.stream().filter(row -> row.fieldProperty().get() != null)
                .forEach(row -> chosen.putIfAbsent(row.name(), row.fieldProperty().get()));
        if (chosen.values().stream().noneMatch(NAMING::contains)) {
            return "Choose which column holds the name (or the first or last name, or the organisation), so that"
                    + " each person has one.";
        }
        done.put(file(), ColumnMapping.of(chosen));
        at++;
        return null;
    }

    /** True once every file is mapped. */
    boolean finished() {
        return at >= files.size();
    }

    /** Each file's mapping (none for the files Kith recognises). */
    ColumnMapping mappingOf(Path file) {
        return done.getOrDefault(file, ColumnMapping.NONE);
    }
}
