package app.kith.exchange.ics;

import app.kith.domain.FollowUp;
import app.kith.domain.ImportantDate;
import app.kith.domain.PartialDate;
import app.kith.insight.today.NamedFollowUp;
import app.kith.insight.today.PersonDates;
import biweekly.Biweekly;
import biweekly.ICalVersion;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.util.Frequency;
import biweekly.util.ICalDate;
import biweekly.util.Recurrence;
import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;

/**
 * Writes the days to remember as an iCalendar file (RFC 5545) that calendar apps import: every birthday and
 * important date as a yearly all-day event, every open follow-up as an all-day event on its due date, each with a
 * stable UID ({@link CalendarUids}).
 *
 * <p>A yearly event starts on the date itself when its year is known. A birthday or date without a year starts
 * in {@value #YEAR_UNKNOWN}: a fixed year keeps the export the same from one day to the next (an import changes
 * nothing that did not change), it lies before any use of Kith so every year shows, and it is a leap year so 29
 * February is a real day in it. 29 February recurs on the last day of February, 28 February in other years, as
 * on Today.
 */
public final class CalendarWriter {

    /** The year a yearly event without a known year starts in. */
    static final int YEAR_UNKNOWN = 2000;

    private static final String PRODUCT = "-//Kith//Kith relationship journal//EN";

    /**
     * Writes the calendar (UTF-8 text with CRLF line ends and lines folded at 75 octets) to the writer.
     *
     * @param stamp when the export was made (each event's DTSTAMP)
     */
    public CalendarCounts write(List<PersonDates> dates, List<NamedFollowUp> followUps, Instant stamp, Writer out)
            throws IOException {
        ICalendar calendar = new ICalendar();
        calendar.setProductId(PRODUCT);
        calendar.setName("Kith");
        Date stamped = Date.from(stamp);
        int birthdays = 0;
        int others = 0;
        for (PersonDates person : dates) {
            if (person.birthday() != null) {
                calendar.addEvent(yearly(CalendarUids.birthday(person.id()), person.name() + "\u2019s birthday",
                        person.birthday(), stamped, "Birthday", "Born in "));
                birthdays++;
            }
            for (ImportantDate date : person.dates()) {
                calendar.addEvent(yearly(CalendarUids.date(person.id(), date.label(), date.date().toString()),
                        person.name() + ": " + date.label(), date.date(), stamped, "Anniversary", "Since "));
                others++;
            }
        }
        for (NamedFollowUp named : followUps) {
            calendar.addEvent(followUp(named, stamped));
        }
        String text = Biweekly.write(calendar).version(ICalVersion.V2_0).foldLines(false).go();
        out.write(OctetFolding.fold(text));
        out.flush();
        return new CalendarCounts(birthdays, others, followUps.size());
    }

    /** @param since the words before the year in the description, when the year is known ("Born in ") */
    private static VEvent yearly(String uid, String summary, PartialDate date, Date stamp, String category,
                                 String since) {
        int year = date.hasYear() ? date.year() : YEAR_UNKNOWN;
        VEvent event = allDay(uid, summary, LocalDate.of(year, date.month(), date.day()), stamp);
        Recurrence.Builder rule = new Recurrence.Builder(Frequency.YEARLY);
        if (date.month() == 2 && date.day() == 29) {
            rule.byMonth(2).byMonthDay(-1);
        }
        event.setRecurrenceRule(rule.build());
        event.addCategories(category);
        if (date.hasYear()) {
            event.setDescription(since + date.year() + ".");
        }
        return event;
    }

    private static VEvent followUp(NamedFollowUp named, Date stamp) {
        FollowUp followUp = named.followUp();
        VEvent event = allDay(CalendarUids.followUp(followUp.id()), named.person() + ": " + followUp.text(),
                followUp.due(), stamp);
        event.setDescription("A follow-up from Kith: " + followUp.text());
        event.addCategories("Follow-up");
        return event;
    }

    private static VEvent allDay(String uid, String summary, LocalDate day, Date stamp) {
        VEvent event = new VEvent();
        event.setUid(uid);
        event.setDateTimeStamp(stamp);
        event.setSummary(summary);
        event.setDateStart(new ICalDate(midnight(day), false));
        event.setDateEnd(new ICalDate(midnight(day.plusDays(1)), false));
        // A birthday does not make the person busy.
        event.setTransparency(true);
        return event;
    }

    /** The library reads a day without a time in the default time zone: the day's midnight there. */
    private static Date midnight(LocalDate day) {
        return Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant());
    }
}
