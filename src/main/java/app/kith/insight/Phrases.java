package app.kith.insight;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;

/** Numbers, counts and months in the words the explanations use (ages: {@link app.kith.common.DaysAgo}). */
final class Phrases {

    private Phrases() {
    }

    /** "3 conversations", "1 conversation", "no conversations". */
    static String count(int n, String singular, String plural) {
        return (n == 0 ? "no" : Integer.toString(n)) + " " + (n == 1 ? singular : plural);
    }

    /** "none" for 0, else the number. */
    static String number(int n) {
        return n == 0 ? "none" : Integer.toString(n);
    }

    /**
     * A month as seen from the date T: "June" in T's year, "November last year" in the year before,
     * "March 2024" earlier. In English, as every sentence of the model is.
     */
    static String month(LocalDate day, LocalDate asOf) {
        return monthName(day) + yearOf(day, asOf);
    }

    /** The months from one day to another: "from June to November last year", "from November last year to May". */
    static String months(LocalDate first, LocalDate last, LocalDate asOf) {
        String firstYear = first.getYear() == last.getYear() ? "" : yearOf(first, asOf);
        return "from " + monthName(first) + firstYear + " to " + month(last, asOf);
    }

    private static String monthName(LocalDate day) {
        return day.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    private static String yearOf(LocalDate day, LocalDate asOf) {
        int yearsBack = asOf.getYear() - day.getYear();
        return yearsBack == 0 ? "" : yearsBack == 1 ? " last year" : " " + day.getYear();
    }

    /** Two decimals, as component values are shown: "0.82". */
    static String decimal(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    /** A signed balance: "+0.67", "−0.85", "0.00". */
    static String signed(double value) {
        String text = decimal(Math.abs(value));
        if (text.equals("0.00")) {
            return text;
        }
        return (value > 0 ? "+" : "\u2212") + text;
    }

    /** A share as whole percent, rounded down so that 34.9% never reads as the 35% threshold. */
    static String percent(double share) {
        return (int) Math.floor(share * 100 + 1e-9) + "%";
    }

    /** Days that may be fractional (a kin cadence of 10.5): "30 days", "24.5 days". */
    static String days(double days) {
        return amount(days) + (days == 1 ? " day" : " days");
    }

    /** A whole number as such, anything else with one decimal: "15", "3.5". */
    static String amount(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }

    /** An overdue ratio: one decimal below 10 ("2.4×"), whole above ("14×"). */
    static String times(double ratio) {
        double tenths = Math.round(ratio * 10) / 10.0;
        return (tenths < 10 ? String.format(Locale.ROOT, "%.1f", tenths) : Long.toString(Math.round(ratio))) + "\u00d7";
    }

    static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
