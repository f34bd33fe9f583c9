package app.kith.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import app.kith.domain.Channel;
import app.kith.domain.Depth;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class InteractionWeightTest {

    @ParameterizedTest(name = "{0} {1} {2} min with {3} people weighs {4}")
    @CsvSource(nullValues = "-", value = {
        // depth, channel, minutes, people, w = D × C × L × G                     worked out by hand
        "SMALL_TALK, IN_PERSON,    -, 1, 1.0",       // 1 × 1.0 × 1 (length unknown) × 1
        "CATCH_UP,   VIDEO,       30, 1, 1.6",       // 2 × 0.8 × sqrt(30/30) = 1 × 1
        "PERSONAL,   CALL,       120, 1, 4.2",       // 3 × 0.7 × sqrt(4) = 2
        "DEEP,       IN_PERSON,  480, 1, 10.0",      // 5 × 1.0 × sqrt(16) = 4, clamped to 2
        "DEEP,       IN_PERSON,  121, 1, 10.0",      // sqrt(121/30) = 2.008, clamped to 2
        "DEEP,       LETTER,       -, 1, 2.5",       // 5 × 0.5
        "CATCH_UP,   MESSAGE,      5, 1, 0.4",       // 2 × 0.4 × sqrt(1/6) = 0.408, clamped to 0.5
        "CATCH_UP,   EMAIL,        0, 1, 0.4",       // 2 × 0.4 × sqrt(0) = 0, clamped to 0.5
        "CATCH_UP,   IN_PERSON,    8, 1, 1.0327955589886444",  // 2 × sqrt(8/30) = 2 × 0.516398, not clamped
        "CATCH_UP,   IN_PERSON,    7, 1, 1.0",       // 2 × sqrt(7/30) = 0.483, clamped to 0.5
        "SMALL_TALK, SOCIAL,      30, 1, 0.15",      // 1 × 0.15
        "DEEP,       IN_PERSON,   90, 4, 4.330127018922193",   // 5 × sqrt(3) × 1/sqrt(4) = 8.660 / 2
        "PERSONAL,   IN_PERSON,   60, 9, 1.4142135623730951",  // 3 × sqrt(2) × 1/3
        "CATCH_UP,   CALL,         -, 2, 0.9899494936611666",  // 2 × 0.7 / sqrt(2) = 1.4 / 1.41421
    })
    void weighsDepthChannelLengthAndGroup(Depth depth, Channel channel, Integer minutes, int people, double w) {
        assertThat(InteractionWeight.of(depth, channel, minutes, people)).isCloseTo(w, within(1e-12));
    }

    @ParameterizedTest(name = "{0} by {1} is meaningful: {2}")
    @CsvSource({
        "CATCH_UP,   MESSAGE,   true",   // channel weight 0.4 is just enough
        "CATCH_UP,   EMAIL,     true",
        "PERSONAL,   LETTER,    true",
        "DEEP,       SOCIAL,    false",  // 0.15: a reaction does not keep someone in a ring
        "SMALL_TALK, IN_PERSON, false",  // small talk does not either
        "CATCH_UP,   IN_PERSON, true",
    })
    void meaningfulNeedsACatchUpOnAWeightyChannel(Depth depth, Channel channel, boolean meaningful) {
        assertThat(InteractionWeight.isMeaningful(depth, channel)).isEqualTo(meaningful);
    }

    @Test
    void aConversationWithoutPeopleHasNoGroupShare() {
        assertThatThrownBy(() -> InteractionWeight.groupFactor(0))
                .hasMessage("a conversation has at least one person, not 0");
    }
}
