package app.kith.ui.person;

import app.kith.domain.PartialDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * A birthday as typed: day, month and an optional year. Without a year February 29 is a
 * birthday; April 31 never is.
 */
final class BirthdayInput {

    private static final int EARLIEST_YEAR = 1850;

    private BirthdayInput() {
    }

    /** What is wrong with the three parts, or null (also when all three are empty). */
    static String problem(String dayText, Month month, String yearText, int thisYear) {
        String day = FieldRules.strip(dayText);
        String year = FieldRules.strip(yearText);
        if (day.isEmpty() && month == null) {
            return year.isEmpty() ? null : "A year alone is not a birthday; add the day and the month.";
        }
        if (day.isEmpty()) {
            return "Enter the day of the month too.";
        }
        if (month == null) {
            return "Choose the month too.";
        }
        Integer dayOfMonth = number(day);
        if (dayOfMonth == null || dayOfMonth < 1 || dayOfMonth > 31) {
            return "The day is a number from 1 to 31.";
        }
        if (dayOfMonth > month.maxLength()) {
            return name(month) + " has only " + month.maxLength() + " days.";
        }
        if (year.isEmpty()) {
            return null;
        }
        Integer yearNumber = number(year);
        if (yearNumber == null || yearNumber < EARLIEST_YEAR || yearNumber > thisYear) {
            return "The year is a four-digit year from " + EARLIEST_YEAR + " to " + thisYear
                    + ", or leave it empty.";
        }
        if (!MonthDay.of(month, dayOfMonth).isValidYear(yearNumber)) {
            return yearNumber + " was not a leap year; February had 28 days.";
        }
        return null;
    }

    /** The birthday, or null when the parts are empty or not right. */
    static PartialDate value(String dayText, Month month, String yearText, int thisYear) {
        if (month == null || problem(dayText, month, yearText, thisYear) != null) {
            return null;
        }
        String year = FieldRules.strip(yearText);
        return new PartialDate(year.isEmpty() ? null : Integer.valueOf(year), month.getValue(),
                Integer.parseInt(FieldRules.strip(dayText)));
    }

    static String name(Month month) {
        return month.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    private static Integer number(String text) {
        if (!text.chars().allMatch(Character::isDigit) || text.length() > 4) {
            return null;
        }
        return Integer.valueOf(text);
    }
}
