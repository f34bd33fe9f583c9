package app.kith.store;

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
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A real, Flyway-migrated journal in a temporary folder, opened before and closed after each test. */
abstract class JournalTest {

    /** "Today" for every store test: the clock starts here and moves a second per reading. */
    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @TempDir
    Path folder;

    StepClock clock;
    Journal journal;

    @BeforeEach
    void openJournal() {
        clock = new StepClock(Instant.parse("2026-11-22T10:00:00Z"));
        journal = open();
    }

    /** Opens the journal in the test's folder; subclasses may open it differently. */
    Journal open() {
        return Journal.open(folder, clock);
    }

    @AfterEach
    void closeJournal() {
        journal.close();
    }

    /** Closes the journal and opens the same folder again. */
    void reopen() {
        journal.close();
        journal = open();
    }

    Person addPerson(String name) {
        Person person = Person.named(name);
        journal.people().add(person);
        return person;
    }

    static Interaction talk(LocalDate date, Person... people) {
        return Interaction.create(date, Channel.CALL, Depth.PERSONAL, Initiator.ME, 30,
                java.util.Arrays.stream(people).map(Person::id).toList(), null);
    }

    Interaction logTalk(LocalDate date, Person... people) {
        Interaction interaction = talk(date, people);
        journal.interactions().add(interaction);
        return interaction;
    }

    static Favour favour(LocalDate date, UUID person, UUID interaction) {
        return Favour.create(date, person, FavourDirection.GIVEN, FavourSize.MEDIUM, FavourKind.ADVICE,
                "advice on the move", FavourStatus.DONE, interaction);
    }

    static List<UUID> ids(List<Interaction> interactions) {
        return interactions.stream().map(Interaction::id).toList();
    }
}
