package app.kith.insight;

import app.kith.domain.Channel;
import app.kith.domain.Depth;
import app.kith.domain.Initiator;
import app.kith.domain.Interaction;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

class ScoreMemoTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final HalfLife H = HalfLife.DEFAULT;

    private final Random random = new Random(11);

    @Test
    void manyTimelinesScoredTogetherScoreAsEachAlone() {
        List<PersonTimeline> timelines = timelines(1_234);

        Map<PersonTimeline, Score> scores = new ScoreMemo().scoreAll(timelines, TODAY, H);

        TimelineScorer alone = new TimelineScorer(TODAY, H);
        assertThat(timelines).allSatisfy(timeline -> assertThat(scores.get(timeline)).isEqualTo(alone.score(timeline)));
    }

    @Test
    void aChangedTimelineIsScoredAgainAndTheOthersAreKept() {
        List<PersonTimeline> timelines = timelines(40);
        ScoreMemo memo = new ScoreMemo();
        Map<PersonTimeline, Score> before = memo.scoreAll(timelines, TODAY, H);
        PersonTimeline old = timelines.get(7);
        PersonTimeline changed = old.with(talk(old.person(), TODAY));
        timelines.set(7, changed);

        Map<PersonTimeline, Score> after = memo.scoreAll(timelines, TODAY, H);

        assertThat(after.get(changed)).isEqualTo(new TimelineScorer(TODAY, H).score(changed))
                .isNotEqualTo(before.get(old));
        assertThat(after).doesNotContainKey(old);
        assertThat(after.get(timelines.get(8))).isSameAs(before.get(timelines.get(8)));
    }

    @Test
    void anotherDayOrHalfLifeScoresEveryoneAgain() {
        List<PersonTimeline> timelines = timelines(30);
        ScoreMemo memo = new ScoreMemo();
        memo.scoreAll(timelines, TODAY, H);

        Map<PersonTimeline, Score> tomorrow = memo.scoreAll(timelines, TODAY.plusDays(1), H);
        Map<PersonTimeline, Score> slower = memo.scoreAll(timelines, TODAY.plusDays(1), new HalfLife(180));

        assertThat(tomorrow.get(timelines.get(0))).isEqualTo(new TimelineScorer(TODAY.plusDays(1), H)
                .score(timelines.get(0)));
        assertThat(slower.get(timelines.get(0))).isEqualTo(new TimelineScorer(TODAY.plusDays(1), new HalfLife(180))
                .score(timelines.get(0)));
    }

    private List<PersonTimeline> timelines(int people) {
        List<PersonTimeline> timelines = new ArrayList<>();
        for (int p = 0; p < people; p++) {
            UUID person = UUID.randomUUID();
            List<Interaction> talks = new ArrayList<>();
            for (int i = random.nextInt(30); i > 0; i--) {
                talks.add(talk(person, TODAY.minusDays(random.nextInt(2_000))));
            }
            timelines.add(PersonTimeline.of(person, talks, List.of()));
        }
        return timelines;
    }

    private Interaction talk(UUID person, LocalDate day) {
        Depth[] depths = Depth.values();
        return Interaction.create(day, Channel.CALL, depths[random.nextInt(depths.length)], Initiator.ME,
                random.nextInt(90) + 1, List.of(person), null);
    }
}
