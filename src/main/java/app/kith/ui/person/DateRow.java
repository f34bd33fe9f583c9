package app.kith.ui.person;

import app.kith.domain.ImportantDate;
import app.kith.domain.PartialDate;
import java.time.Month;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One of a person's important dates in the editor ("Wedding anniversary", 12 June 2014): its name,
 * day, month and an optional year, checked together. A row left wholly empty is not saved.
 */
public final class DateRow {

    /** Unlike a birthday, an important date may lie ahead (a due date, a wedding next summer). */
    private static final int LATEST_YEAR = 9999;

    private final StringProperty label = new SimpleStringProperty("");
    private final StringProperty day = new SimpleStringProperty("");
    private final ObjectProperty<Month> month = new SimpleObjectProperty<>();
    private final StringProperty year = new SimpleStringProperty("");
    private final FieldCheck check = new FieldCheck(this::problem, label, day, month, year);

    DateRow() {
    }

    DateRow(ImportantDate date) {
        PartialDate when = date.date();
        label.set(date.label());
        day.set(Integer.toString(when.day()));
        month.set(Month.of(when.month()));
        year.set(when.year() == null ? "" : when.year().toString());
    }

    /** What is wrong with the row, or null (also when it is wholly empty). */
    String problem() {
        boolean noDate = FieldRules.strip(day.get()).isEmpty() && month.get() == null;
        if (FieldRules.strip(label.get()).isEmpty()) {
            return noDate && FieldRules.strip(year.get()).isEmpty() ? null
                    : "Name the date too, e.g. Wedding anniversary.";
        }
        if (noDate) {
            return "Enter the day and choose the month of " + FieldRules.strip(label.get()) + ".";
        }
        String tooLong = FieldRules.shortText(label.get(), "The name of the date");
        return tooLong != null ? tooLong : BirthdayInput.problem(day.get(), month.get(), year.get(), LATEST_YEAR);
    }

    /** The date, or null when the row is empty or not right. */
    ImportantDate value() {
        if (problem() != null || FieldRules.strip(label.get()).isEmpty()) {
            return null;
        }
        return new ImportantDate(FieldRules.strip(label.get()),
                BirthdayInput.value(day.get(), month.get(), year.get(), LATEST_YEAR));
    }

    public StringProperty labelProperty() {
        return label;
    }

    public StringProperty dayProperty() {
        return day;
    }

    public ObjectProperty<Month> monthProperty() {
        return month;
    }

    public StringProperty yearProperty() {
        return year;
    }

    public FieldCheck check() {
        return check;
    }
}
