package app.kith.ui.exchange;

import app.kith.exchange.ExchangeException;
import app.kith.exchange.ics.CalendarCounts;
import app.kith.exchange.ics.CalendarExport;
import app.kith.store.Journal;
import app.kith.ui.common.Dialogs;
import app.kith.ui.common.TaskRunner;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * File › Export calendar: asks where, writes the birthdays, dates and open follow-ups as an iCalendar file in the
 * background, and says what it wrote (or why it could not) in a small dialog.
 */
public final class CalendarActions {

    private static final Logger LOG = LoggerFactory.getLogger(CalendarActions.class);
    private static final String SUGGESTED_NAME = "Kith dates.ics";

    private final Supplier<Window> owner;
    private final TaskRunner tasks;
    private final Supplier<Journal> journal;
    private final Clock clock;
    private final FilePicker files;

    /** @param journal the open journal, or null while none is */
    public CalendarActions(Supplier<Window> owner, TaskRunner tasks, Supplier<Journal> journal, Clock clock,
                           FilePicker files) {
        this.owner = owner;
        this.tasks = tasks;
        this.journal = journal;
        this.clock = clock;
        this.files = files;
    }

    public void exportCalendar() {
        Journal open = journal.get();
        if (open == null) {
            return;
        }
        Path target = files.calendarToSave(owner.get(), SUGGESTED_NAME);
        if (target == null) {
            return;
        }
        // The system's save dialog has already asked whether to replace a file of that name.
        tasks.read(context -> new CalendarExport(open, clock).export(target, true))
                .onSuccess(counts -> tell(Alert.AlertType.INFORMATION, "Calendar exported", summary(counts, target)))
                .onError(ExchangeException.class, error -> tell(Alert.AlertType.ERROR, "The calendar was not exported",
                        error.getMessage()))
                .onError(error -> {
                    LOG.error("Exporting the calendar failed", error);
                    tell(Alert.AlertType.ERROR, "The calendar was not exported",
                            "Kith could not write the calendar to " + target + ".");
                })
                .start();
    }

    /** "Wrote 12 birthdays, 3 other dates and 5 open follow-ups to …: import it into your calendar app." */
    static String summary(CalendarCounts counts, Path target) {
        return "Wrote " + count(counts.birthdays(), "birthday", "birthdays") + ", "
                + count(counts.dates(), "other date", "other dates") + " and "
                + count(counts.followUps(), "open follow-up", "open follow-ups") + " to " + target
                + ". Import it into your calendar app; a later export updates the same events.";
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    private void tell(Alert.AlertType type, String header, String text) {
        Alert alert = new Alert(type, text);
        alert.setTitle("Export calendar");
        alert.setHeaderText(header);
        alert.getDialogPane().setId("calendar-export-result");
        Dialogs.dress(alert, owner.get());
        alert.show();
    }
}
