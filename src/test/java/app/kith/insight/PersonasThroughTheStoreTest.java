package app.kith.insight;

import static app.kith.insight.TestJournal.T;
import static org.assertj.core.api.Assertions.assertThat;

import app.kith.domain.Favour;
import app.kith.domain.FollowUp;
import app.kith.domain.Interaction;
import app.kith.domain.Person;
import app.kith.domain.Ring;
import app.kith.store.Journal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * PRODUCT.md's personas written through the real store, one write at a time, and read back the way
 * {@code kith review} and {@code kith people} read them (the kept digests, {@code JournalScores}):
 * they read as PRODUCT.md says, and exactly as the model computes them from the domain records.
 */
class PersonasThroughTheStoreTest {

    @TempDir
    Path folder;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void thePersonasReadFromTheStoreAsTheModelReadsThem(long seed) {
        Personas personas = new Personas(seed);
        TestJournal entries = personas.journal;
        try (Journal journal = Journal.open(folder, Clock.fixed(T.atStartOfDay().toInstant(ZoneOffset.UTC),
                ZoneOffset.UTC))) {
            entries.people.forEach(journal.people()::add);
            for (Interaction interaction : entries.interactions) {
                journal.interactions().add(interaction);
            }
            for (Favour favour : entries.favours) {
                journal.favours().add(favour);
            }
            for (FollowUp followUp : entries.followUps) {
                journal.followUps().add(followUp);
            }
            JournalInsight stored = journal.scores().asOf(T);
            JournalInsight direct = JournalInsight.compute(journal.people().all(), entries.interactions,
                    entries.favours, entries.followUps, entries.snoozedUntil, T, HalfLife.DEFAULT.days());

            for (Person person : entries.people) {
                assertThat(summary(stored.of(person.id()))).as(person.name())
                        .isEqualTo(summary(direct.of(person.id())));
            }
            assertThat(stored.reviewQueue().stream().map(PersonInsight::id).toList())
                    .isEqualTo(direct.reviewQueue().stream().map(PersonInsight::id).toList());
            readsAsProductSays(personas, stored);
        }
    }

    private static void readsAsProductSays(Personas personas, JournalInsight insight) {
        PersonInsight maya = insight.of(personas.maya.id());
        assertThat(maya.kind()).isEqualTo(Kind.CHAT);
        assertThat(maya.balance()).isEqualTo(Balance.EVEN);
        assertThat(maya.status()).isEqualTo(Status.ACTIVE);
        assertThat(maya.placedRing()).isIn(Ring.FIVE, Ring.FIFTEEN);
        assertThat(maya.depth()).isGreaterThanOrEqualTo(70);
        assertThat(maya.inReview()).isFalse();
        PersonInsight tom = insight.of(personas.tom.id());
        assertThat(tom.kind()).isEqualTo(Kind.CHIT);
        assertThat(tom.depth()).isLessThan(20);
        PersonInsight dev = insight.of(personas.dev.id());
        assertThat(dev.kind()).isEqualTo(Kind.CHIT);
        assertThat(dev.depth()).isLessThanOrEqualTo(maya.depth() - 30);
        PersonInsight raj = insight.of(personas.raj.id());
        assertThat(raj.balance()).isEqualTo(Balance.YOU_GIVE);
        assertThat(raj.initiative()).isEqualTo(Initiative.THEY_REACH_OUT);
        PersonInsight sam = insight.of(personas.sam.id());
        assertThat(sam.balance()).isEqualTo(Balance.YOU_OWE);
        assertThat(sam.placedRing()).isEqualTo(Ring.FIFTEEN);
        assertThat(insight.reviewQueue()).contains(sam);
        assertThat(sam.reason()).contains("you owe a favour");
        PersonInsight lena = insight.of(personas.lena.id());
        assertThat(lena.status()).isIn(Status.FADING, Status.DORMANT);
        assertThat(lena.placedRing()).isEqualTo(Ring.FIFTEEN);
        assertThat(lena.overdue()).isEqualTo(Overdue.LAPSING);
        assertThat(insight.reviewQueue().get(0)).isEqualTo(lena);
        assertThat(insight.of(personas.chris.id()).status()).isEqualTo(Status.NEW);
        PersonInsight rosa = insight.of(personas.rosa.id());
        assertThat(rosa.kind()).isEqualTo(Kind.CHAT);
        assertThat(rosa.overdue()).isEqualTo(Overdue.ON_TRACK);
    }

    /** What a caller sees of a person's insight, apart from the details of the person record. */
    private static List<Object> summary(PersonInsight insight) {
        return java.util.Arrays.asList(insight.figures(), insight.score().depthHalfYearAgo(), insight.kind(),
                insight.balance(), insight.initiative(), insight.status(), insight.ring(), insight.cadence(),
                insight.overdueRatio(), insight.dueFollowUps(), insight.priority(), insight.inReview(),
                insight.lastInteraction(), insight.reason());
    }
}
