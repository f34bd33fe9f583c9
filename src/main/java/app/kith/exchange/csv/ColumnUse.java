package app.kith.exchange.csv;

/**
 * One column of a CSV file put to use.
 *
 * @param index the column's place in the header, from 0
 * @param labelIndex the column holding this one's label (Google's events), or -1
 */
record ColumnUse(int index, CsvField field, int labelIndex) {

    ColumnUse(int index, CsvField field) {
        this(index, field, -1);
    }
}
