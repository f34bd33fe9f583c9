package app.kith.store;

import app.kith.domain.Person;
import app.kith.insight.HalfLife;
import app.kith.insight.JournalInsight;
import app.kith.insight.PersonInsight;
import app.kith.insight.PersonTimeline;
import app.kith.insight.Score;
import app.kith.insight.ScoreCodec;
import app.kith.insight.TimelineScorer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import static app.kith.store.schema.Tables.KEPT_SCORES;
import static app.kith.store.schema.Tables.PERSON_DIGEST;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Today's scores are kept in the journal for the next process, which reads them instead of scoring
 * every timeline again, but only while they were computed from the person's current entries, for the
 * same day and half-life, by the same formulas.
 */
class KeptScoresTest extends JournalTest {

    private final List<Person> people = new ArrayList<>();
    private Person ada;
    private Person bo;

    @BeforeEach
    void peopleWithEntries() {
        ada = addPerson("Ada");
        bo = addPerson("Bo");
        addPerson("Cy, with nothing logged");
        logTalk(TODAY.minusDays(3), ada);
        logTalk(TODAY.minusDays(40), ada, bo);
        journal.favours().add(favour(TODAY.minusDays(10), bo.id(), null));
        people.addAll(List.of(ada, bo));
    }

    @Test
    void todaysScoresAreKeptForEveryoneWithSomethingLogged() {
        journal.scores().today();

        Map<UUID, KeptScore> kept = keptRow(TODAY, HalfLife.DEFAULT);
        assertThat(kept).containsOnlyKeys(ada.id(), bo.id());
        assertThat(kept.get(bo.id())).isEqualTo(new KeptScore(revisionOf(bo.id()), scoreOf(bo.id())));
    }

    @Test
    void theNextProcessReadsTheKeptScoresInsteadOfScoringAgain() {
        journal.scores().today();
        // Bo's kept score replaced by Ada's: only a reader that takes the kept row can show it.
        keepAsBos(scoreOf(ada.id()));

        assertThat(nextProcess().today().of(bo.id()).score()).isEqualTo(scoreOf(ada.id()));
    }

    @Test
    void aWriteToAPersonMakesTheirKeptScoreStale() {
        journal.scores().today();
        keepAsBos(scoreOf(ada.id()));

        logTalk(TODAY.minusDays(1), bo);

        assertThat(nextProcess().today().of(bo.id()).score()).isEqualTo(scoreOf(bo.id()))
                .isNotEqualTo(scoreOf(ada.id()));
        assertThat(nextProcess().today().people()).isEqualTo(scoredFromEntries().people());
    }

    @Test
    void aFewChangesLeaveTheRowAsItWasAndAreScoredAgainByTheNextProcess() {
        for (int i = 0; i < 20; i++) {
            Person someone = addPerson("Person " + i);
            logTalk(TODAY.minusDays(i * 9L), someone);
            people.add(someone);
        }
        journal.scores().today();
        long before = revisionOf(bo.id());

        logTalk(TODAY.minusDays(2), bo);
        journal.scores().today();

        assertThat(keptRow(TODAY, HalfLife.DEFAULT).get(bo.id()).revision()).as("one in 22 changed").isEqualTo(before);
        assertThat(nextProcess().today().people()).isEqualTo(scoredFromEntries().people());
    }

    @Test
    void scoresOfAnotherDayOrHalfLifeAreNotShown() {
        journal.scores().today();
        keepAsBos(scoreOf(ada.id()));

        assertThat(nextProcess().asOf(TODAY.minusDays(1)).of(bo.id()).score())
                .isEqualTo(new TimelineScorer(TODAY.minusDays(1), HalfLife.DEFAULT).score(timelineOf(bo.id())));
        journal.settings().setHalfLifeDays(180);
        assertThat(nextProcess().today().of(bo.id()).score())
                .isEqualTo(new TimelineScorer(TODAY, new HalfLife(180)).score(timelineOf(bo.id())));
    }

    @Test
    void scoresOfOtherFormulasOrDamagedOnesAreComputedAgain() {
        journal.scores().today();
        keepAsBos(scoreOf(ada.id()));
        byte[] bytes = rowBytes();

        byte[] otherModel = bytes.clone();
        otherModel[0] = ScoreCodec.MODEL + 1;
        setRowBytes(otherModel);
        assertThat(nextProcess().today().of(bo.id()).score()).isEqualTo(scoreOf(bo.id()));

        setRowBytes(Arrays.copyOf(bytes, bytes.length - 7));
        assertThat(nextProcess().today().people()).isEqualTo(scoredFromEntries().people());
    }

    @Test
    void lookingAtAnotherDayKeepsTodaysScores() {
        journal.scores().today();

        nextProcess().asOf(TODAY.minusYears(1));

        assertThat(keptRow(TODAY, HalfLife.DEFAULT)).containsOnlyKeys(ada.id(), bo.id());
        assertThat(keptRow(TODAY.minusYears(1), HalfLife.DEFAULT)).isEmpty();
    }

    @Test
    void aDeletedPersonIsNotReadBack() {
        journal.scores().today();

        journal.people().deleteWithEntries(bo.id());
        people.remove(bo);

        JournalInsight next = nextProcess().today();
        assertThat(next.people()).extracting(PersonInsight::id).doesNotContain(bo.id());
        assertThat(next.people()).isEqualTo(scoredFromEntries().people());
    }

    private JournalScores nextProcess() {
        return new JournalScores(journal.database(), journal.reviews(), journal.settings(), clock);
    }

    private Map<UUID, KeptScore> keptRow(LocalDate day, HalfLife halfLife) {
        return journal.database().read(ctx -> KeptScoresRow.read(ctx, day, halfLife));
    }

    private void keepAsBos(Score score) {
        Map<UUID, KeptScore> kept = new HashMap<>(keptRow(TODAY, HalfLife.DEFAULT));
        kept.put(bo.id(), new KeptScore(kept.get(bo.id()).revision(), score));
        journal.database().transact(ctx -> KeptScoresRow.write(ctx, TODAY, HalfLife.DEFAULT, kept));
    }

    private byte[] rowBytes() {
        return journal.database().read(ctx -> ctx.select(KEPT_SCORES.SCORES).from(KEPT_SCORES)
                .fetchOne(KEPT_SCORES.SCORES));
    }

    private void setRowBytes(byte[] bytes) {
        journal.database().transact(ctx -> ctx.update(KEPT_SCORES).set(KEPT_SCORES.SCORES, bytes).execute());
    }

    private long revisionOf(UUID person) {
        return journal.database().read(ctx -> ctx.select(PERSON_DIGEST.REVISION).from(PERSON_DIGEST)
                .where(PERSON_DIGEST.PERSON_ID.eq(person)).fetchOne(PERSON_DIGEST.REVISION));
    }

    private Score scoreOf(UUID person) {
        return new TimelineScorer(TODAY, HalfLife.DEFAULT).score(timelineOf(person));
    }

    private PersonTimeline timelineOf(UUID person) {
        return PersonTimeline.of(person, journal.interactions().forPerson(person, 0, Integer.MAX_VALUE),
                journal.favours().forPerson(person));
    }

    private JournalInsight scoredFromEntries() {
        List<Person> everyone = journal.scores().today().people().stream().map(PersonInsight::person).toList();
        Map<UUID, PersonTimeline> timelines = new HashMap<>();
        people.forEach(person -> timelines.put(person.id(), timelineOf(person.id())));
        return JournalInsight.compute(everyone, timelines, journal.followUps().dueBy(TODAY), Map.of(), TODAY,
                HalfLife.DEFAULT);
    }
}
