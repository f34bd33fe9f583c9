package app.kith.exchange.contacts;

import app.kith.domain.PartialDate;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates address books write: ISO ({@code 1980-05-23}, {@code 19800523}, {@code --05-23}),
 * numeric day-month-year in the order of the file's language, and LinkedIn's {@code 12 Jan 2021}.
 * Outlook writes "0.0.00" for no date; that is no date here too.
 */
public final class ContactDates {

    /** How a numeric date such as 5/6/1980 is ordered. */
    public enum Order { MONTH_FIRST, DAY_FIRST }

    private static final Pattern ISO = Pattern.compile("(\\d{4})-?(\\d{2})-?(\\d{2})(?:[T ].*)?");
    private static final Pattern NO_YEAR = Pattern.compile("--(\\d{2})-?(\\d{2})(?:[T ].*)?");
    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})[./-](\\d{1,2})[./-](\\d{2}|\\d{4})");
    private static final DateTimeFormatter WORDS = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);

    private ContactDates() {
    }

    /**
     * @return the date, or null when the text is blank or says "no date" (Outlook's 0.0.00)
     * @throws IllegalArgumentException when the text is not a date Kith can read
     */
    public static PartialDate parse(String text, Order order) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        if (t.matches("0+[./-]0+[./-]0+")) {
            return null;
        }
        try {
            Matcher m = ISO.matcher(t);
            if (m.matches()) {
                return new PartialDate(Integer.valueOf(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
            }
            m = NO_YEAR.matcher(t);
            if (m.matches()) {
                return new PartialDate(null, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            }
            m = NUMERIC.matcher(t);
            if (m.matches()) {
                int first = Integer.parseInt(m.group(1));
                int second = Integer.parseInt(m.group(2));
                int year = Integer.parseInt(m.group(3));
                if (m.group(3).length() == 2) {
                    year += year <= LocalDate.now().getYear() % 100 ? 2000 : 1900;
                }
                boolean dayFirst = order == Order.DAY_FIRST || first > 12;
                return new PartialDate(year, dayFirst ? second : first, dayFirst ? first : second);
            }
            return PartialDate.of(LocalDate.parse(t, WORDS));
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw new IllegalArgumentException("\"" + t + "\" is not a date Kith can read");
        }
    }
}
