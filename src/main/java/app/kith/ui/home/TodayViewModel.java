package app.kith.ui.home;

import app.kith.store.JournalCounts;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;

/**
 * The Today screen, for now an honest summary of the journal: how much it holds and where it
 * lives. When the journal holds nobody, the first-start page is shown instead.
 */
public final class TodayViewModel {

    private final ObservableValue<JournalCounts> counts;
    private final ObservableValue<Path> folder;
    private final ObservableBooleanValue sample;
    private final Clock clock;
    private final Locale locale;

    private final ReadOnlyBooleanWrapper firstStart = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper date = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper emptyHint = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper folderLine = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper journalCaption = new ReadOnlyStringWrapper("");

    /**
     * @param counts what the open journal holds; null while none is open
     * @param folder the open journal's folder
     * @param sample true while the sample journal is open
     */
    public TodayViewModel(ObservableValue<JournalCounts> counts, ObservableValue<Path> folder,
                          ObservableBooleanValue sample, Clock clock, Locale locale) {
        this.counts = counts;
        this.folder = folder;
        this.sample = sample;
        this.clock = clock;
        this.locale = locale;
        counts.addListener((observable, was, now) -> update());
        folder.addListener((observable, was, now) -> update());
        sample.addListener((observable, was, now) -> update());
        update();
    }

    /** True when the journal holds nobody: the first-start page takes the screen's place. */
    public ReadOnlyBooleanProperty firstStartProperty() {
        return firstStart.getReadOnlyProperty();
    }

    /** Today's date in the user's locale, e.g. "Saturday, 22 November 2026". */
    public ReadOnlyStringProperty dateProperty() {
        return date.getReadOnlyProperty();
    }

    /** "1,000 people · 50,000 conversations · 5,000 favours · 312 follow-ups". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** A sentence for what is still empty, or "" when nothing is. */
    public ReadOnlyStringProperty emptyHintProperty() {
        return emptyHint.getReadOnlyProperty();
    }

    /** "Your journal", or "This sample journal" while exploring. */
    public ReadOnlyStringProperty journalCaptionProperty() {
        return journalCaption.getReadOnlyProperty();
    }

    /** Where this journal is kept. */
    public ReadOnlyStringProperty folderLineProperty() {
        return folderLine.getReadOnlyProperty();
    }

    private void update() {
        JournalCounts held = counts.getValue();
        firstStart.set(held != null && held.isEmpty());
        date.set(LocalDate.now(clock).format(DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale)));
        summary.set(held == null ? "" : summary(held, locale));
        emptyHint.set(held == null ? "" : emptyHint(held));
        journalCaption.set(sample.get() ? "This sample journal" : "Your journal");
        Path where = folder.getValue();
        folderLine.set(where == null ? "" : (sample.get() ? "This sample journal is kept in " : "Your journal is kept in ") + where);
    }

    /** The counts as one line, numbers in the user's locale. */
    static String summary(JournalCounts held, Locale locale) {
        NumberFormat numbers = NumberFormat.getIntegerInstance(locale);
        return String.join(" · ",
                count(numbers, held.people(), "person", "people"),
                count(numbers, held.interactions(), "conversation", "conversations"),
                count(numbers, held.favours(), "favour", "favours"),
                count(numbers, held.followUps(), "follow-up", "follow-ups"));
    }

    static String emptyHint(JournalCounts held) {
        if (held.interactions() == 0 && held.favours() == 0) {
            return "No conversations or favours logged yet: they will be counted here as you log them.";
        }
        return "";
    }

    private static String count(NumberFormat numbers, int n, String one, String many) {
        return numbers.format(n) + " " + (n == 1 ? one : many);
    }
}
