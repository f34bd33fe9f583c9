package app.kith.ui.people;

import app.kith.domain.Channel;
import app.kith.domain.Depth;
import app.kith.domain.Favour;
import app.kith.domain.FavourDirection;
import app.kith.domain.FavourKind;
import app.kith.domain.FavourSize;
import app.kith.domain.FavourStatus;
import app.kith.domain.FollowUp;
import app.kith.domain.Initiator;
import app.kith.domain.Interaction;
import app.kith.domain.Person;
import app.kith.domain.Ring;
import app.kith.store.Journal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

/**
 * A small journal whose people read differently: Maya (chat, you give, pinned to ring 5), Tom (chit,
 * a follow-up due), José (nobody talked to yet), Dora (dormant) and Ada (archived).
 */
final class PeopleJournal {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    /** A clock that can be moved, so that people are added on different days. */
    static final class MovableClock extends Clock {
        private Instant now = TODAY.atTime(10, 0).toInstant(ZoneOffset.UTC);

        void day(LocalDate day) {
            now = day.atTime(10, 0).toInstant(ZoneOffset.UTC);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    final Person maya = Person.builder().name("Maya Cole").nickname("Birdie").organization("Acme")
            .emails(List.of("maya@cole.example")).tags(List.of("climbing")).ring(Ring.FIVE).build();
    final Person tom = Person.builder().name("Tom Reed").organization("Globex").tags(List.of("Work")).build();
    final Person jose = Person.builder().name("José Núñez").emails(List.of("jose@nunez.example")).build();
    final Person dora = Person.named("Dora Old");
    final Person ada = Person.builder().name("Ada Archived").tags(List.of("climbing")).archived(true).build();

    /** Writes everyone and their entries; José is added first, Ada last. */
    void write(Journal journal, MovableClock clock) {
        clock.day(TODAY.minusDays(50));
        journal.people().add(jose);
        clock.day(TODAY.minusDays(40));
        journal.people().add(maya);
        journal.people().add(tom);
        journal.people().add(dora);
        clock.day(TODAY.minusDays(30));
        journal.people().add(ada);
        clock.day(TODAY);
        for (int i = 1; i <= 10; i++) {
            journal.interactions().add(talk(maya, TODAY.minusDays(3L * i), Depth.DEEP));
            journal.interactions().add(talk(tom, TODAY.minusDays(4L * i + 1), Depth.SMALL_TALK));
        }
        for (int i = 1; i <= 4; i++) {
            journal.favours().add(Favour.create(TODAY.minusDays(7L * i), maya.id(), FavourDirection.GIVEN,
                    FavourSize.LARGE, FavourKind.HELP, "Helped with the move", FavourStatus.DONE, null));
        }
        journal.interactions().add(talk(dora, TODAY.minusYears(2), Depth.CATCH_UP));
        journal.followUps().add(FollowUp.create(tom.id(), TODAY.minusDays(1), "Send the report"));
    }

    static Interaction talk(Person person, LocalDate day, Depth depth) {
        return Interaction.create(day, Channel.IN_PERSON, depth, Initiator.MUTUAL, 60, List.of(person.id()), null);
    }
}
