package app.kith.exchange.csv;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The user's own reading of a CSV file whose columns Kith does not recognise: column name → field,
 * e.g. from {@code --map "Full name=name" --map "Mail=email"}. Column names are matched without
 * regard to case.
 */
public record ColumnMapping(Map<String, CsvField> fields) {

    public static final ColumnMapping NONE = new ColumnMapping(Map.of());

    public ColumnMapping {
        fields = Map.copyOf(fields);
    }

    public boolean isEmpty() {
        return fields.isEmpty();
    }

    /**
     * Reads {@code COLUMN=field} entries.
     *
     * @throws IllegalArgumentException with a sentence naming the entry that is wrong
     */
    public static ColumnMapping parse(List<String> entries) {
        Map<String, CsvField> fields = new LinkedHashMap<>();
        for (String entry : entries) {
            int equals = entry.lastIndexOf('=');
            if (equals <= 0 || equals == entry.length() - 1) {
                throw new IllegalArgumentException("--map \"" + entry + "\" is not COLUMN=field, e.g. --map"
                        + " \"Full name=name\"");
            }
            String column = entry.substring(0, equals).strip();
            String field = entry.substring(equals + 1);
            fields.put(column.toLowerCase(Locale.ROOT), CsvField.ofCode(field).orElseThrow(() ->
                    new IllegalArgumentException("--map \"" + entry + "\": " + field.strip() + " is not a field Kith"
                            + " keeps; the fields are " + CsvField.mappable())));
        }
        return new ColumnMapping(fields);
    }
}
