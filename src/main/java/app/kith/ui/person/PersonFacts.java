package app.kith.ui.person;

import app.kith.domain.PartialDate;
import app.kith.domain.Person;
import app.kith.ui.common.RelativeDays;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The person's details as the header says them, in the user's locale. */
final class PersonFacts {

    /** One labelled line: "Birthday", "14 March 1986 · 40". */
    record Fact(String label, String text) {
    }

    private final DateTimeFormatter fullDates;
    private final DateTimeFormatter monthDays;

    PersonFacts(Locale locale) {
        this.fullDates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        this.monthDays = DateTimeFormatter.ofPattern(RelativeDays.monthDayPattern(locale), locale);
    }

    /** "Product lead at Acme", "Product lead", "Acme", or null. */
    static String work(Person person) {
        if (person.title() != null && person.organization() != null) {
            return person.title() + " at " + person.organization();
        }
        return person.title() != null ? person.title() : person.organization();
    }

    /** The lines under the name, only those the person has. */
    List<Fact> facts(Person person, LocalDate today) {
        List<Fact> facts = new ArrayList<>();
        if (person.birthday() != null) {
            facts.add(new Fact("Birthday", birthday(person.birthday(), today)));
        }
        if (!person.emails().isEmpty()) {
            facts.add(new Fact(person.emails().size() == 1 ? "Email" : "Emails", String.join("\n", person.emails())));
        }
        if (!person.phones().isEmpty()) {
            facts.add(new Fact(person.phones().size() == 1 ? "Phone" : "Phones", String.join("\n", person.phones())));
        }
        if (person.ring() != null) {
            facts.add(new Fact("Ring", "Pinned to ring " + person.ring().size() + " (" + person.ring().label() + ")"));
        }
        if (person.cadenceDays() != null) {
            int days = person.cadenceDays();
            facts.add(new Fact("Cadence", days == 1 ? "Every day" : "Every " + days + " days"));
        }
        if (person.howWeMet() != null || person.metOn() != null) {
            String when = person.metOn() == null ? null : fullDates.format(person.metOn());
            String how = person.howWeMet();
            if (how != null && when != null && how.endsWith(".")) {
                how = how.substring(0, how.length() - 1);
            }
            facts.add(new Fact("How we met", how == null ? when : when == null ? how : how + " (" + when + ")"));
        }
        person.dates().forEach(date -> facts.add(new Fact(capital(date.label()), partial(date.date()))));
        return facts;
    }

    /** "14 March 1986 · turns 41 on 14 March 2027" or, without a year, "14 March". */
    String birthday(PartialDate birthday, LocalDate today) {
        if (!birthday.hasYear()) {
            return monthDays.format(birthday.monthDay());
        }
        LocalDate next = birthday.nextOccurrence(today);
        int age = next.getYear() - birthday.year();
        String born = fullDates.format(LocalDate.of(birthday.year(), birthday.month(), birthday.day()));
        return next.equals(today) ? born + " · " + age + " today" : born + " · turns " + age + " on "
                + monthDays.format(birthday.monthDay());
    }

    private String partial(PartialDate date) {
        return date.hasYear() ? fullDates.format(LocalDate.of(date.year(), date.month(), date.day()))
                : monthDays.format(date.monthDay());
    }

    private static String capital(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
