package app.kith.ui.exchange;

import app.kith.exchange.csv.CsvField;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * One column of a CSV file Kith does not recognise, as the mapping step shows it: its name, the first
 * row's value, and the field the person says it holds (null: leave it out).
 */
public final class ColumnRow {

    private final String name;
    private final String sample;
    private final ObjectProperty<CsvField> field;

    ColumnRow(String name, String sample, CsvField guessed) {
        this.name = name;
        this.sample = sample;
        this.field = new SimpleObjectProperty<>(guessed);
    }

    /** The column's name as the file's header spells it. */
    public String name() {
        return name;
    }

    /** The first row's value in this column, or "". */
    public String sample() {
        return sample;
    }

    /** What the column holds for Kith, or null to leave it out. */
    public ObjectProperty<CsvField> fieldProperty() {
        return field;
    }
}
