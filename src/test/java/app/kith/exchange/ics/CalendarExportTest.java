package app.kith.exchange.ics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kith.domain.FollowUp;
import app.kith.domain.PartialDate;
import app.kith.domain.Person;
import app.kith.exchange.ExchangeException;
import app.kith.store.Journal;
import app.kith.store.TodayJournal;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Period;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The calendar export read back by ical4j, an iCalendar implementation independent of the one that writes it:
 * the events, their yearly rules (29 February included) and UIDs that stay the same from one export to the next.
 */
class CalendarExportTest {

    @TempDir
    Path folder;

    private Path data;
    private TodayJournal built;
    private Person zoe;

    @BeforeEach
    void journal() throws Exception {
        data = Files.createDirectory(folder.resolve("data"));
        try (Journal journal = Journal.open(data, TodayJournal.CLOCK)) {
            built = new TodayJournal().writeTo(journal);
            // A long summary in a script of three bytes a letter, to be folded at 75 octets.
            zoe = Person.builder().name("Zoë Ångström").birthday(PartialDate.parse("--07-14")).build();
            journal.people().add(zoe);
            journal.followUps().add(FollowUp.create(zoe.id(), LocalDate.of(2027, 3, 9),
                    "日本語の本を返して、それから新しい住所を聞いて、来月の予定を一緒に決めること"));
        }
    }

    private Path export(String name, Clock clock) {
        Path file = folder.resolve(name);
        try (Journal journal = Journal.open(data, clock)) {
            new CalendarExport(journal, clock).export(file, false);
        }
        return file;
    }

    private static Map<String, VEvent> bySummary(Path file) throws Exception {
        Calendar calendar;
        try (InputStream in = Files.newInputStream(file)) {
            calendar = new CalendarBuilder().build(in);
        }
        Map<String, VEvent> events = new HashMap<>();
        for (Component component : calendar.getComponents(Component.VEVENT)) {
            VEvent event = (VEvent) component;
            events.put(value(event, Property.SUMMARY), event);
        }
        return events;
    }

    private static String value(Component component, String property) {
        return component.getProperty(property).map(Property::getValue).orElse(null);
    }

    @Test
    void everyDateOfPeopleNotArchivedAndEveryOpenFollowUpIsAnEvent() throws Exception {
        Map<String, VEvent> events = bySummary(export("kith.ics", TodayJournal.CLOCK));

        assertThat(events.keySet()).containsExactlyInAnyOrder(
                "Ann Lee\u2019s birthday", "Ben Ito\u2019s birthday", "Cat Roy\u2019s birthday",
                "Eve Moss\u2019s birthday", "Zoë Ångström\u2019s birthday",
                "Cat Roy: wedding anniversary", "Eve Moss: name day", "Fay Ng: moved in",
                "Ann Lee: Send the photos", "Ben Ito: Call about the move", "Cat Roy: Ask about the trip",
                "Zoë Ångström: 日本語の本を返して、それから新しい住所を聞いて、来月の予定を一緒に決めること");
        // Archived Dan's birthday and follow-up, and Fay's done follow-up, are left out.
    }

    @Test
    void datesRecurYearlyAsAllDayEvents() throws Exception {
        Map<String, VEvent> events = bySummary(export("kith.ics", TodayJournal.CLOCK));

        VEvent wedding = events.get("Cat Roy: wedding anniversary");
        assertThat(value(wedding, Property.DTSTART)).isEqualTo("20140220");
        assertThat(wedding.getProperty(Property.DTSTART).orElseThrow().getParameter("VALUE")
                .map(Object::toString)).contains("VALUE=DATE");
        assertThat(value(wedding, Property.DTEND)).isEqualTo("20140221");
        assertThat(value(wedding, Property.RRULE)).isEqualTo("FREQ=YEARLY");
        assertThat(occurrences(wedding, 2027)).containsExactly(LocalDate.of(2027, 2, 20));

        // Without a year the birthday still recurs, from a fixed leap year.
        VEvent ben = events.get("Ben Ito\u2019s birthday");
        assertThat(value(ben, Property.DTSTART)).isEqualTo("20000301");
        assertThat(value(ben, Property.RRULE)).isEqualTo("FREQ=YEARLY");
        assertThat(occurrences(ben, 2031)).containsExactly(LocalDate.of(2031, 3, 1));
    }

    @Test
    void theTwentyNinthOfFebruaryFallsOnTheLastDayOfFebruaryEveryYear() throws Exception {
        VEvent ann = bySummary(export("kith.ics", TodayJournal.CLOCK)).get("Ann Lee\u2019s birthday");

        assertThat(value(ann, Property.DTSTART)).isEqualTo("19880229");
        assertThat(occurrences(ann, 2027)).containsExactly(LocalDate.of(2027, 2, 28));
        assertThat(occurrences(ann, 2028)).containsExactly(LocalDate.of(2028, 2, 29));
    }

    @Test
    void aFollowUpIsOneAllDayEventOnItsDueDay() throws Exception {
        VEvent photos = bySummary(export("kith.ics", TodayJournal.CLOCK)).get("Ann Lee: Send the photos");

        assertThat(value(photos, Property.DTSTART)).isEqualTo("20270210");
        assertThat(value(photos, Property.DTEND)).isEqualTo("20270211");
        assertThat(photos.getProperty(Property.RRULE)).isEmpty();
    }

    @Test
    void uidsStayTheSameAcrossExportsSoThatAnImportUpdates() throws Exception {
        Map<String, VEvent> first = bySummary(export("first.ics", TodayJournal.CLOCK));
        Clock later = Clock.fixed(TodayJournal.CLOCK.instant().plusSeconds(86_400 * 30), ZoneOffset.UTC);
        Map<String, VEvent> second = bySummary(export("second.ics", later));

        assertThat(second.keySet()).isEqualTo(first.keySet());
        for (String summary : first.keySet()) {
            assertThat(value(second.get(summary), Property.UID)).as(summary)
                    .isEqualTo(value(first.get(summary), Property.UID));
        }
        assertThat(first.values().stream().map(event -> value(event, Property.UID)).distinct()).hasSize(first.size());
        assertThat(value(first.get("Ann Lee\u2019s birthday"), Property.DTSTAMP)).isEqualTo("20270220T100000Z");
    }

    @Test
    void theFileIsUtf8WithCrlfLinesFoldedAt75Octets() throws Exception {
        byte[] bytes = Files.readAllBytes(export("kith.ics", TodayJournal.CLOCK));
        String text = new String(bytes, StandardCharsets.UTF_8);

        assertThat(text).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(text.replace("\r\n", "")).doesNotContain("\n", "\r");
        List<String> lines = Stream.of(text.split("\r\n")).toList();
        assertThat(lines).allSatisfy(line ->
                assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75));
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith(" "));
    }

    @Test
    void anExistingFileIsKeptUnlessReplacing() throws Exception {
        Path file = folder.resolve("taken.ics");
        Files.writeString(file, "mine");

        try (Journal journal = Journal.open(data, TodayJournal.CLOCK)) {
            assertThatThrownBy(() -> new CalendarExport(journal, TodayJournal.CLOCK).export(file, false))
                    .isInstanceOf(ExchangeException.class).hasMessageContaining("already exists");
            assertThat(Files.readString(file)).isEqualTo("mine");

            new CalendarExport(journal, TodayJournal.CLOCK).export(file, true);
        }
        assertThat(Files.readString(file)).startsWith("BEGIN:VCALENDAR");
        try (Stream<Path> left = Files.list(folder)) {
            assertThat(left.map(path -> path.getFileName().toString())).noneMatch(name -> name.endsWith(".part"));
        }
    }

    /** The days in the year that the event falls on, as ical4j works out its rule. */
    private static List<LocalDate> occurrences(VEvent event, int year) {
        Period<LocalDate> whole = new Period<>(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        return event.<LocalDate>calculateRecurrenceSet(whole).stream().map(Period::getStart).sorted().toList();
    }
}
