package app.kith.exchange.ics;

import app.kith.exchange.WholeFile;
import app.kith.insight.today.NamedFollowUp;
import app.kith.insight.today.PersonDates;
import app.kith.store.Journal;
import java.io.BufferedWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * {@code kith export FILE.ics} and File › Export calendar: the birthdays and dates of everyone not archived, and
 * their open follow-ups, as an iCalendar file. The archived are left out, as on Today: letting someone go ends
 * the reminders too. The file appears whole or not at all ({@link WholeFile}).
 */
public final class CalendarExport {

    private final Journal journal;
    private final Clock clock;

    public CalendarExport(Journal journal, Clock clock) {
        this.journal = journal;
        this.clock = clock;
    }

    /**
     * @param replace whether an existing file may be replaced
     * @throws app.kith.exchange.ExchangeException with a sentence when the file cannot be written; no file is
     *         left behind then
     */
    public CalendarCounts export(Path file, boolean replace) {
        List<PersonDates> dates = journal.todayReader().dates();
        List<NamedFollowUp> followUps = journal.todayReader().openFollowUps();
        return WholeFile.write(file, replace, temporary -> {
            try (Writer out = new BufferedWriter(Files.newBufferedWriter(temporary, StandardCharsets.UTF_8))) {
                return new CalendarWriter().write(dates, followUps, clock.instant(), out);
            }
        });
    }
}
