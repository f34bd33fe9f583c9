package app.kith.insight.today;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReviewPromptTest {

    private static final LocalDate T = LocalDate.of(2026, 11, 22);

    @Test
    void dueOnceTheSetNumberOfDaysHasPassed() {
        assertThat(ReviewPrompt.of(Optional.of(T.minusDays(6)), 7, T, 3)).isEmpty();
        assertThat(ReviewPrompt.of(Optional.of(T.minusDays(7)), 7, T, 3))
                .contains(new ReviewPrompt(T.minusDays(7), 7, 3));
        assertThat(ReviewPrompt.of(Optional.of(T.minusDays(9)), 7, T, 3)).map(ReviewPrompt::daysSince)
                .contains(9);
    }

    @Test
    void neverHeldIsDueWhenSomeoneIsWaiting() {
        assertThat(ReviewPrompt.of(Optional.empty(), 7, T, 1)).contains(new ReviewPrompt(null, null, 1));
    }

    @Test
    void anEmptyQueueNeedsNoReview() {
        assertThat(ReviewPrompt.of(Optional.empty(), 7, T, 0)).isEmpty();
        assertThat(ReviewPrompt.of(Optional.of(T.minusDays(30)), 7, T, 0)).isEmpty();
    }
}
