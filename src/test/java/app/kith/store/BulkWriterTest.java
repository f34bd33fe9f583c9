package app.kith.store;

import static app.kith.store.schema.Tables.FAVOUR;
import static app.kith.store.schema.Tables.FOLLOW_UP;
import static app.kith.store.schema.Tables.INTERACTION;
import static app.kith.store.schema.Tables.INTERACTION_PERSON;
import static app.kith.store.schema.Tables.PERSON;
import static app.kith.store.schema.Tables.PERSON_DATE;
import static app.kith.store.schema.Tables.PERSON_EMAIL;
import static app.kith.store.schema.Tables.PERSON_PHONE;
import static app.kith.store.schema.Tables.PERSON_TAG;
import static app.kith.store.schema.Tables.REVIEW_DECISION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kith.domain.Channel;
import app.kith.domain.Depth;
import app.kith.domain.Favour;
import app.kith.domain.FavourDirection;
import app.kith.domain.FavourKind;
import app.kith.domain.FavourSize;
import app.kith.domain.FavourStatus;
import app.kith.domain.FollowUp;
import app.kith.domain.ImportantDate;
import app.kith.domain.Initiator;
import app.kith.domain.Interaction;
import app.kith.domain.PartialDate;
import app.kith.domain.Person;
import app.kith.domain.Review;
import app.kith.domain.ReviewAction;
import app.kith.domain.ReviewDecision;
import app.kith.domain.Ring;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BulkWriterTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate DAY = LocalDate.of(2026, 11, 1);
    private static final LocalDateTime STAMP = DAY.atStartOfDay();

    @TempDir
    Path folder;

    private Journal journal;

    @BeforeEach
    void open() {
        journal = Journal.open(folder, CLOCK);
    }

    @AfterEach
    void close() {
        journal.close();
    }

    @Test
    void anImportedTagTakesTheJournalsSpellingWhateverItsCaseOrAccents() {
        try (BulkWriter writer = BulkWriter.begin(journal.database())) {
            writer.add(Person.builder().name("Maya Cole").tags(List.of("Café regulars")).build(), STAMP);
            writer.commit();
        }
        Person imported = Person.builder().name("Tom Reed").tags(List.of("CAFE REGULARS", "Book club", "book CLUB"))
                .build();

        try (BulkWriter writer = BulkWriter.begin(journal.database())) {
            writer.add(imported, STAMP);
            writer.commit();
        }

        journal.database().read(ctx -> {
            assertThat(ctx.select(PERSON_TAG.TAG).from(PERSON_TAG).where(PERSON_TAG.PERSON_ID.eq(imported.id()))
                    .fetch(PERSON_TAG.TAG)).containsExactlyInAnyOrder("Café regulars", "Book club");
            return null;
        });
    }

    @Test
    void writesEveryPartOfEveryAggregate() {
        Person maya = Person.builder().name("Maya Cole").nickname("May")
                .emails(List.of("maya@example.org", "maya@work.example")).phones(List.of("+44 7700 900100"))
                .organization("Lumen Studio").title("Designer").howWeMet("At university.").metOn(DAY.minusYears(9))
                .birthday(new PartialDate(null, 2, 29))
                .dates(List.of(new ImportantDate("wedding anniversary", PartialDate.parse("2014-06-12"))))
                .tags(List.of("friends", "university")).mattersToThem("Training for a marathon.")
                .ring(Ring.FIVE).cadenceDays(10).build();
        Person tom = Person.builder().name("Tom Okafor").kin(true).archived(true).build();
        Interaction dinner = new Interaction(UUID.randomUUID(), DAY, LocalTime.of(19, 30), Channel.IN_PERSON,
                Depth.DEEP, Initiator.MUTUAL, 150, List.of(maya.id(), tom.id()), "Dinner together.");
        Favour lift = new Favour(UUID.randomUUID(), DAY, maya.id(), FavourDirection.GIVEN, FavourSize.MEDIUM,
                FavourKind.HELP, "A lift to the airport.", FavourStatus.PROMISED, dinner.id());
        FollowUp call = new FollowUp(UUID.randomUUID(), maya.id(), DAY.plusDays(7), "Call after the race.", false);
        Review review = new Review(UUID.randomUUID(), DAY, List.of(
                new ReviewDecision(tom.id(), ReviewAction.SNOOZED, DAY.plusDays(30), null),
                new ReviewDecision(maya.id(), ReviewAction.CADENCE, null, 14)));

        try (BulkWriter writer = BulkWriter.begin(journal.database())) {
            writer.add(maya, STAMP);
            writer.add(tom, STAMP);
            writer.add(dinner, STAMP);
            writer.add(lift, STAMP);
            writer.add(call, STAMP);
            writer.add(review, STAMP);
            writer.commit();
        }

        journal.database().read(ctx -> {
            var person = ctx.selectFrom(PERSON).where(PERSON.ID.eq(maya.id())).fetchOne();
            assertThat(person.getName()).isEqualTo("Maya Cole");
            assertThat(person.getNickname()).isEqualTo("May");
            assertThat(person.getBirthdayYear()).isNull();
            assertThat(person.getBirthdayMonth()).isEqualTo(2);
            assertThat(person.getBirthdayDay()).isEqualTo(29);
            assertThat(person.getPinnedRing()).isEqualTo(5);
            assertThat(person.getCadenceDays()).isEqualTo(10);
            assertThat(person.getMetOn()).isEqualTo(DAY.minusYears(9));
            assertThat(ctx.select(PERSON_EMAIL.EMAIL).from(PERSON_EMAIL).where(PERSON_EMAIL.PERSON_ID.eq(maya.id()))
                    .orderBy(PERSON_EMAIL.POSITION).fetch(PERSON_EMAIL.EMAIL))
                    .containsExactly("maya@example.org", "maya@work.example");
            assertThat(ctx.fetchCount(PERSON_PHONE)).isEqualTo(1);
            assertThat(ctx.select(PERSON_TAG.TAG).from(PERSON_TAG).fetch(PERSON_TAG.TAG))
                    .containsExactlyInAnyOrder("friends", "university");
            assertThat(ctx.selectFrom(PERSON_DATE).fetchOne().getDateYear()).isEqualTo(2014);
            var archived = ctx.selectFrom(PERSON).where(PERSON.ID.eq(tom.id())).fetchOne();
            assertThat(archived.getKin()).isTrue();
            assertThat(archived.getArchived()).isTrue();

            var conversation = ctx.selectFrom(INTERACTION).fetchOne();
            assertThat(conversation.getOccurredAt()).isEqualTo(LocalTime.of(19, 30));
            assertThat(conversation.getChannel()).isEqualTo("in-person");
            assertThat(conversation.getInitiatedBy()).isEqualTo("mutual");
            assertThat(ctx.select(INTERACTION_PERSON.PERSON_ID).from(INTERACTION_PERSON)
                    .fetch(INTERACTION_PERSON.PERSON_ID)).containsExactlyInAnyOrder(maya.id(), tom.id());
            var favour = ctx.selectFrom(FAVOUR).fetchOne();
            assertThat(favour.getInteractionId()).isEqualTo(dinner.id());
            assertThat(favour.getStatus()).isEqualTo("promised");
            assertThat(ctx.selectFrom(FOLLOW_UP).fetchOne().getText()).isEqualTo("Call after the race.");
            assertThat(ctx.select(REVIEW_DECISION.ACTION).from(REVIEW_DECISION).orderBy(REVIEW_DECISION.POSITION)
                    .fetch(REVIEW_DECISION.ACTION)).containsExactly("snoozed", "cadence");
            return null;
        });
    }

    @Test
    void nothingIsWrittenWithoutACommit() {
        Person ana = Person.named("Ana Silva");
        try (BulkWriter writer = BulkWriter.begin(journal.database())) {
            writer.add(ana, STAMP);
            for (int i = 0; i < BulkWriter.BATCH_ROWS + 10; i++) {
                writer.add(conversation(ana.id(), i), STAMP);
            }
        }

        assertThat(journal.counts()).isEqualTo(new JournalCounts(0, 0, 0, 0));
    }

    @Test
    void favoursMayNameConversationsOfAnEarlierOrTheSameBatch() {
        Person ana = Person.named("Ana Silva");
        int conversations = 3 * BulkWriter.BATCH_ROWS / 2 + 7;
        try (BulkWriter writer = BulkWriter.begin(journal.database())) {
            writer.add(ana, STAMP);
            for (int i = 0; i < conversations; i++) {
                Interaction interaction = conversation(ana.id(), i);
                writer.add(interaction, STAMP);
                writer.add(new Favour(UUID.randomUUID(), interaction.date(), ana.id(), FavourDirection.RECEIVED,
                        FavourSize.SMALL, FavourKind.ADVICE, null, FavourStatus.DONE, interaction.id()), STAMP);
            }
            writer.commit();
        }

        assertThat(journal.counts()).isEqualTo(new JournalCounts(1, conversations, conversations, 0));
    }

    @Test
    void aRowTheJournalRefusesFailsWithASentenceAndLeavesNothing() {
        Person ana = Person.named("Ana Silva");
        UUID nobody = UUID.randomUUID();

        assertThatThrownBy(() -> {
            try (BulkWriter writer = BulkWriter.begin(journal.database())) {
                writer.add(ana, STAMP);
                writer.add(conversation(nobody, 0), STAMP);
                writer.commit();
            }
        }).isInstanceOf(JournalException.class)
                .hasMessage("Kith could not save the entries: that person is not in the journal.");

        assertThat(journal.counts().isEmpty()).isTrue();
    }

    private static Interaction conversation(UUID person, int day) {
        return new Interaction(UUID.randomUUID(), DAY.minusDays(day % 3000), null, Channel.CALL, Depth.CATCH_UP,
                Initiator.THEM, 20, List.of(person), null);
    }
}
