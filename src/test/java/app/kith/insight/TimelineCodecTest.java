package app.kith.insight;

import static app.kith.insight.TestJournal.T;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kith.domain.Channel;
import app.kith.domain.Depth;
import app.kith.domain.Initiator;
import app.kith.domain.Interaction;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TimelineCodecTest {

    private final UUID person = new UUID(1, 1);

    private PersonTimeline roundTrip(PersonTimeline timeline) {
        return TimelineCodec.decode(person, TimelineCodec.encodeInteractions(timeline),
                TimelineCodec.encodeFavours(timeline));
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4})
    void aTimelineReadsBackAsItWasWritten(long seed) {
        RandomEntries entries = new RandomEntries(seed, person);
        PersonTimeline timeline = PersonTimeline.of(person, entries.interactions(500, T), entries.favours(100, T));

        PersonTimeline read = roundTrip(timeline);

        assertThat(read).isEqualTo(timeline);
        assertThat(new TimelineScorer(T, HalfLife.DEFAULT).score(read))
                .isEqualTo(new TimelineScorer(T, HalfLife.DEFAULT).score(timeline));
    }

    @Test
    void extremesSurviveTheRoundTrip() {
        List<Interaction> interactions = new ArrayList<>();
        LocalDate[] dates = {LocalDate.of(1, 1, 1), LocalDate.of(1900, 2, 28), LocalDate.of(1969, 12, 31),
            LocalDate.of(2024, 2, 29), LocalDate.of(9999, 12, 31)};
        for (LocalDate date : dates) {
            for (Channel channel : Channel.values()) {
                interactions.add(new Interaction(UUID.randomUUID(), date, null, channel, Depth.DEEP, Initiator.MUTUAL,
                        Interaction.MAX_MINUTES, List.of(person), null));
                interactions.add(new Interaction(UUID.randomUUID(), date, null, channel, Depth.SMALL_TALK, null, 0,
                        List.of(person), null));
            }
        }
        PersonTimeline timeline = PersonTimeline.of(person, interactions, List.of());

        assertThat(roundTrip(timeline)).isEqualTo(timeline);
        assertThat(roundTrip(timeline).firstInteraction()).isEqualTo(LocalDate.of(1, 1, 1));
        assertThat(roundTrip(timeline).lastInteraction()).isEqualTo(LocalDate.of(9999, 12, 31));
    }

    @Test
    void anEmptyTimelineIsTwoBytesAndNoBytesIsEmpty() {
        PersonTimeline empty = PersonTimeline.empty(person);

        assertThat(TimelineCodec.encodeInteractions(empty)).containsExactly(1, 0);
        assertThat(TimelineCodec.encodeFavours(empty)).containsExactly(1, 0);
        assertThat(TimelineCodec.decode(person, null, null)).isEqualTo(empty);
    }

    @Test
    void aYearOfWeeklyCallsTakesAFewHundredBytes() {
        List<Interaction> calls = new ArrayList<>();
        for (int week = 0; week < 52; week++) {
            calls.add(Interaction.create(T.minusWeeks(week), Channel.CALL, Depth.PERSONAL, Initiator.ME, 45,
                    List.of(person), null));
        }
        byte[] bytes = TimelineCodec.encodeInteractions(PersonTimeline.of(person, calls, List.of()));

        // version, count, then 4 bytes a call (day difference, packed byte, minutes, group) and 2 more for the first day
        assertThat(bytes).hasSize(2 + 52 * 4 + 2);
        assertThat(bytes[0]).isEqualTo(TimelineCodec.VERSION);
    }

    @Test
    void anUnknownVersionIsRefusedInWords() {
        byte[] bytes = TimelineCodec.encodeInteractions(PersonTimeline.empty(person));
        bytes[0] = 2;

        assertThatThrownBy(() -> TimelineCodec.decode(person, bytes, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the stored conversations are in format version 2; this Kith reads version 1");
    }

    @Test
    void damagedBytesAreRefusedInWords() {
        List<Interaction> calls = List.of(
                Interaction.create(T, Channel.CALL, Depth.DEEP, null, 30, List.of(person), null),
                Interaction.create(T.minusDays(3), Channel.CALL, Depth.DEEP, null, 30, List.of(person), null));
        byte[] bytes = TimelineCodec.encodeInteractions(PersonTimeline.of(person, calls, List.of()));

        assertThatThrownBy(() -> TimelineCodec.decode(person, Arrays.copyOf(bytes, bytes.length - 1), null))
                .hasMessageStartingWith("the stored conversations are damaged at byte")
                .hasMessageEndingWith(": bytes missing at the end");
        assertThatThrownBy(() -> TimelineCodec.decode(person, Arrays.copyOf(bytes, bytes.length + 1), null))
                .hasMessageEndingWith(": 1 bytes too many at the end");
        assertThatThrownBy(() -> TimelineCodec.decode(person, new byte[0], null))
                .hasMessage("the stored conversations are damaged at byte 0: no bytes at all");
        byte[] badChannel = bytes.clone();
        badChannel[5] = (byte) (7 << 2);   // the first entry's packed byte: channel 7 does not exist
        assertThatThrownBy(() -> TimelineCodec.decode(person, badChannel, null))
                .hasMessageEndingWith(": an unknown depth, channel or initiator");
        byte[] favours = {1, 1, 0, 0x7F};
        assertThatThrownBy(() -> TimelineCodec.decode(person, null, favours))
                .hasMessage("the stored favours are damaged at byte 4: an unknown favour size or status");
    }
}
