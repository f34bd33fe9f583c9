package app.kith.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Journal.importContent: one transaction, matched by id, and the aggregates told. */
class ContentImportTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path temp;

    @Test
    void whenTheJournalRefusesOneEntryNothingOfTheImportRemains() {
        try (Journal journal = Journal.open(temp, CLOCK)) {
            Person kept = Person.named("Already Here");
            journal.people().add(kept);
            JournalSnapshot before = JournalSnapshot.of(journal);
            List<Person> people = new ArrayList<>();
            for (int i = 0; i < BulkWriter.BATCH_ROWS + 10; i++) {
                people.add(Person.named("Imported " + i));
            }
            // Names someone who is nowhere: the foreign key refuses it after every person was sent.
            Interaction orphan = Interaction.create(LocalDate.of(2026, 11, 1), Channel.CALL, Depth.DEEP, null, null,
                    List.of(UUID.randomUUID()), null);
            Person renamed = kept.toBuilder().name("Renamed").build();
            people.add(renamed);

            assertThatThrownBy(() -> journal.importContent(
                    new JournalContent(people, List.of(orphan), List.of(), List.of(), List.of())))
                    .isInstanceOf(JournalException.class);

            assertThat(JournalSnapshot.of(journal)).isEqualTo(before);
        }
    }

    @Test
    void everyoneWhoseConversationsOrFavoursArriveIsReportedToTheAggregates() {
        List<Set<UUID>> reported = new ArrayList<>();
        try (Journal journal = new Journal(Database.open(temp, CLOCK), CLOCK,
                (ctx, people) -> reported.add(Set.copyOf(people)))) {
            Person ann = Person.named("Ann");
            Person bo = Person.named("Bo");
            Person cy = Person.named("Cy");
            Interaction talk = Interaction.create(LocalDate.of(2026, 11, 1), Channel.CALL, Depth.DEEP, null, null,
                    List.of(ann.id(), bo.id()), null);

            ImportOutcome outcome = journal.importContent(
                    new JournalContent(List.of(ann, bo, cy), List.of(talk), List.of(), List.of(), List.of()));

            assertThat(outcome.peopleAdded()).isEqualTo(3);
            assertThat(reported).containsExactly(Set.of(ann.id(), bo.id()));
        }
    }

    @Test
    void theScoresKeptAfterAnImportAreThoseTheEntriesMakeWhetherThePeopleHadEntriesOrNot() {
        try (Journal journal = Journal.open(temp, CLOCK)) {
            Person ann = Person.named("Ann");
            Person bo = Person.named("Bo");
            journal.people().add(ann);
            journal.people().add(bo);
            journal.interactions().add(Interaction.create(LocalDate.of(2026, 10, 1), Channel.CALL, Depth.CATCH_UP, null,
                    null, List.of(ann.id()), null));
            Person cy = Person.named("Cy");
            Interaction dinner = Interaction.create(LocalDate.of(2026, 11, 1), Channel.IN_PERSON, Depth.DEEP,
                    Initiator.ME, 90, List.of(ann.id(), bo.id(), cy.id()), null);
            Interaction call = Interaction.create(LocalDate.of(2026, 11, 5), Channel.CALL, Depth.SMALL_TALK, null, 5,
                    List.of(cy.id()), null);
            Favour lent = Favour.create(LocalDate.of(2026, 11, 2), bo.id(), FavourDirection.GIVEN, FavourSize.SMALL,
                    FavourKind.LOAN, "A ladder", FavourStatus.DONE, dinner.id());

            journal.importContent(new JournalContent(List.of(cy), List.of(dinner, call), List.of(lent), List.of(),
                    List.of()));

            assertThat(journal.digests().stored()).containsOnlyKeys(ann.id(), bo.id(), cy.id())
                    .isEqualTo(journal.digests().recomputed());
        }
    }
}
