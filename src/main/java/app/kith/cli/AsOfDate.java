package app.kith.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads a read command's {@code --as-of} date: YYYY-MM-DD, else a wrong command line (exit code 2)
 * with a sentence that shows the form.
 */
public final class AsOfDate implements ITypeConverter<LocalDate> {

    @Override
    public LocalDate convert(String value) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new TypeConversionException("'" + value + "' is not a date; write it as YYYY-MM-DD, e.g. 2026-11-22.");
        }
    }
}
