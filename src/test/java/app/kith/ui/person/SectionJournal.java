package app.kith.ui.person;

import app.kith.domain.Channel;
import app.kith.domain.Depth;
import app.kith.domain.Favour;
import app.kith.domain.FavourDirection;
import app.kith.domain.FavourKind;
import app.kith.domain.FavourSize;
import app.kith.domain.FavourStatus;
import app.kith.domain.Initiator;
import app.kith.domain.Interaction;
import app.kith.domain.Person;
import app.kith.store.Journal;
import app.kith.store.JournalContent;
import app.kith.ui.common.JournalChanges;
import app.kith.ui.common.SameThreadTaskRunner;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;

/** A real journal in a temporary folder for the sections' tests, with today fixed at 22 November 2026. */
final class SectionJournal implements AutoCloseable {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);

    final Journal journal;
    final SimpleObjectProperty<Journal> open;
    final JournalChanges changes = new JournalChanges();
    final SameThreadTaskRunner tasks = new SameThreadTaskRunner();

    SectionJournal(Path folder) {
        journal = Journal.open(folder, CLOCK);
        open = new SimpleObjectProperty<>(journal);
    }

    Person person(String name) {
        Person person = Person.named(name);
        journal.people().add(person);
        return person;
    }

    Interaction talk(LocalDate day, Depth depth, Channel channel, Integer minutes, String notes, Person... people) {
        Interaction talk = Interaction.create(day, channel, depth, Initiator.ME, minutes,
                Arrays.stream(people).map(Person::id).toList(), notes);
        journal.interactions().add(talk);
        return talk;
    }

    Interaction talk(LocalDate day, Person... people) {
        return talk(day, Depth.PERSONAL, Channel.CALL, 30, null, people);
    }

    Favour favour(LocalDate day, Person person, FavourDirection direction, FavourStatus status) {
        Favour favour = Favour.create(day, person.id(), direction, FavourSize.MEDIUM, FavourKind.ADVICE,
                "advice on the move", status, null);
        journal.favours().add(favour);
        return favour;
    }

    List<Interaction> talks(int count, Person person) {
        return java.util.stream.IntStream.range(0, count).mapToObj(i -> talk(TODAY.minusDays(i), person)).toList();
    }

    /** Brings many entries in with one transaction: one write each would make the tests slow. */
    void bulk(List<Interaction> interactions, List<Favour> favours) {
        journal.importContent(new JournalContent(List.of(), interactions, favours, List.of(), List.of()));
    }

    static Interaction conversation(LocalDate day, Depth depth, Channel channel, Person person) {
        return Interaction.create(day, channel, depth, Initiator.ME, 60, List.of(person.id()), null);
    }

    static Favour favourOf(LocalDate day, Person person, FavourDirection direction) {
        return Favour.create(day, person.id(), direction, FavourSize.MEDIUM, FavourKind.HELP, null,
                FavourStatus.DONE, null);
    }

    @Override
    public void close() {
        journal.close();
    }
}
