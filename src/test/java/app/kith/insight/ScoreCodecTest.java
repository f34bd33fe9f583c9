package app.kith.insight;

import app.kith.domain.Channel;
import app.kith.domain.Depth;
import app.kith.domain.Favour;
import app.kith.domain.FavourDirection;
import app.kith.domain.FavourKind;
import app.kith.domain.FavourSize;
import app.kith.domain.FavourStatus;
import app.kith.domain.Initiator;
import app.kith.domain.Interaction;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Scores kept between processes read back exactly, and only while the formulas are the ones that wrote them. */
class ScoreCodecTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final HalfLife H = HalfLife.DEFAULT;
    private static final UUID PERSON = UUID.fromString("00000000-0000-0000-0000-000000000001");

    /**
     * The reference timeline's score as {@link ScoreCodec#MODEL} 2 (model v1.1) computes it. When a formula, constant or
     * window changes on purpose this test fails: raise MODEL, so that scores kept by the old formulas are
     * computed again instead of shown, and pin the new bytes here.
     */
    // Meaningful talks of the reference (depth catch-up or deeper, not social): 5 in the last 180 days
    // (i = 2, 3, 5, 7, 9), 4 in the 180 before (i = 10, 11, 14, 15).
    private static final String REFERENCE_MODEL_2 = "warmth 7.972677296, substance 6.272515105, given 6.668970271, "
            + "received 12.240270616, depth 81, six months ago 84; Evidence[interactions=58, first=2023-04-05, "
            + "latest=2026-11-06, interactionsLastYear=16, substantialLastYear=8, latestSubstantial=2026-11-06, "
            + "latestMeaningful=2026-11-06, startedByMe=3, startedByThem=4, favours=11, favoursGivenLastYear=3, "
            + "favoursReceivedLastYear=3, latestFavour=2026-10-12, meaningfulInRingYear=10, rhythmDays=21, "
            + "medianGap=23.0, meaningfulRecent=5, meaningfulBefore=4]";

    private final Random random = new Random(23);

    @Test
    void everyScoreReadsBackExactly() {
        for (PersonTimeline timeline : timelines(500)) {
            for (LocalDate day : List.of(TODAY, TODAY.minusYears(3), TODAY.plusDays(400))) {
                Score score = new TimelineScorer(day, H).score(timeline);

                assertThat(ScoreCodec.decode(ScoreCodec.encode(score))).isEqualTo(score);
            }
        }
    }

    @Test
    void aPersonWithNothingLoggedReadsBackWithoutDates() {
        Score nothing = new TimelineScorer(TODAY, H).score(PersonTimeline.empty(PERSON));

        Score read = ScoreCodec.decode(ScoreCodec.encode(nothing));

        assertThat(read).isEqualTo(nothing);
        assertThat(read.evidence().latest()).isNull();
        assertThat(read.evidence().medianGap()).isNull();
    }

    @Test
    void bytesOfAnotherModelAreNotRead() {
        byte[] bytes = ScoreCodec.encode(new TimelineScorer(TODAY, H).score(reference()));
        bytes[0] = (byte) (ScoreCodec.MODEL + 1);

        assertThat(ScoreCodec.isCurrent(bytes)).isFalse();
        assertThat(ScoreCodec.isCurrent(new byte[] {ScoreCodec.MODEL})).isFalse();
        assertThat(ScoreCodec.isCurrent(null)).isFalse();
        assertThatThrownBy(() -> ScoreCodec.decode(bytes)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("model " + ScoreCodec.MODEL);
    }

    @Test
    void theReferenceScoreIsTheOneThisModelComputes() {
        Score score = new TimelineScorer(TODAY, H).score(reference());

        assertThat(ScoreCodec.MODEL).as("the model pinned below").isEqualTo((byte) 2);
        assertThat(describe(score)).as("the reference score changed: raise ScoreCodec.MODEL and pin the new one")
                .isEqualTo(REFERENCE_MODEL_2);
    }

    /** The figures to nine decimals (the last bits of a sum may differ between processors), the rest whole. */
    private static String describe(Score score) {
        Figures figures = score.figures();
        return String.format(Locale.ROOT, "warmth %.9f, substance %.9f, given %.9f, received %.9f, depth %d, "
                        + "six months ago %d; %s", figures.warmth(), figures.substance(), figures.favoursGiven(),
                figures.favoursReceived(), figures.depth(), score.depthHalfYearAgo(), score.evidence());
    }

    @Test
    void manyTimelinesScoredTogetherScoreAsEachAlone() {
        List<PersonTimeline> timelines = timelines(1_234);

        List<Score> together = TimelineScorer.scoreAll(timelines, TODAY, H);

        TimelineScorer alone = new TimelineScorer(TODAY, H);
        assertThat(together).hasSize(timelines.size());
        for (int i = 0; i < timelines.size(); i++) {
            assertThat(together.get(i)).isEqualTo(alone.score(timelines.get(i)));
        }
    }

    /** Every kind of entry: depths, channels, initiators, groups, planned ones, favours both ways and promised. */
    private static PersonTimeline reference() {
        List<Interaction> talks = new ArrayList<>();
        Depth[] depths = Depth.values();
        Channel[] channels = Channel.values();
        Initiator[] initiators = Initiator.values();
        for (int i = 0; i < 60; i++) {
            List<UUID> people = i % 7 == 0 ? List.of(PERSON, new UUID(2, i % 5)) : List.of(PERSON);
            talks.add(new Interaction(new UUID(0, i), TODAY.minusDays(i * 23L - 30), null,
                    channels[i % channels.length], depths[i % depths.length], i % 4 == 3 ? null : initiators[i % initiators.length],
                    i % 3 == 0 ? null : 10 + i * 3, people, null));
        }
        List<Favour> favours = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            favours.add(new Favour(new UUID(1, i), TODAY.minusDays(i * 61L - 20), PERSON,
                    FavourDirection.values()[i % 2], FavourSize.values()[i % 3], FavourKind.values()[0], null,
                    FavourStatus.values()[i % FavourStatus.values().length], null));
        }
        return PersonTimeline.of(PERSON, talks, favours);
    }

    private List<PersonTimeline> timelines(int people) {
        List<PersonTimeline> timelines = new ArrayList<>();
        for (int p = 0; p < people; p++) {
            UUID person = UUID.randomUUID();
            List<Interaction> talks = new ArrayList<>();
            for (int i = random.nextInt(30); i > 0; i--) {
                talks.add(Interaction.create(TODAY.minusDays(random.nextInt(2_000)), oneOf(Channel.values()),
                        oneOf(Depth.values()), random.nextBoolean() ? null : oneOf(Initiator.values()),
                        random.nextBoolean() ? null : random.nextInt(240), List.of(person), null));
            }
            List<Favour> favours = new ArrayList<>();
            for (int i = random.nextInt(4); i > 0; i--) {
                favours.add(Favour.create(TODAY.minusDays(random.nextInt(1_500)), person,
                        oneOf(FavourDirection.values()), oneOf(FavourSize.values()), oneOf(FavourKind.values()), null,
                        oneOf(FavourStatus.values()), null));
            }
            timelines.add(PersonTimeline.of(person, talks, favours));
        }
        return timelines;
    }

    private <T> T oneOf(T[] values) {
        return values[random.nextInt(values.length)];
    }
}
