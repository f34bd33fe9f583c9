package app.kith.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ReviewTallyTest {

    private static final UUID SOMEONE = UUID.randomUUID();

    @Test
    void countsEachActionAndSaysThemInTheirOrderLeavingOutNone() {
        ReviewTally tally = ReviewTally.of(List.of(
                ReviewDecision.of(SOMEONE, ReviewAction.SKIPPED),
                ReviewDecision.of(SOMEONE, ReviewAction.LOGGED),
                ReviewDecision.snoozed(SOMEONE, LocalDate.of(2026, 12, 1)),
                ReviewDecision.of(SOMEONE, ReviewAction.LOGGED),
                ReviewDecision.cadence(SOMEONE, null),
                ReviewDecision.of(SOMEONE, ReviewAction.SKIPPED)));

        assertThat(tally.count(ReviewAction.LOGGED)).isEqualTo(2);
        assertThat(tally.count(ReviewAction.LET_GO)).isZero();
        assertThat(tally.total()).isEqualTo(6);
        assertThat(tally.words()).isEqualTo("2 logged, 1 snoozed, 1 cadence changed, 2 skipped");
    }

    @Test
    void eachDecisionReadsTheSameWhereverItIsShown() {
        LocalDate day = LocalDate.of(2026, 12, 1);
        assertThat(ReviewDecision.snoozed(SOMEONE, day).words(LocalDate::toString)).isEqualTo("snoozed until 2026-12-01");
        assertThat(ReviewDecision.cadence(SOMEONE, 30).words(LocalDate::toString)).isEqualTo("cadence every 30 days");
        assertThat(ReviewDecision.cadence(SOMEONE, 1).words(LocalDate::toString)).isEqualTo("cadence every day");
        assertThat(ReviewDecision.cadence(SOMEONE, null).words(LocalDate::toString)).isEqualTo("cadence cleared");
        assertThat(ReviewDecision.of(SOMEONE, ReviewAction.LET_GO).words(LocalDate::toString)).isEqualTo("let go");
        assertThat(ReviewDecision.of(SOMEONE, ReviewAction.LOGGED).words(LocalDate::toString)).isEqualTo("logged");
    }

    @Test
    void aReviewWithoutDecisionsSaysSo() {
        assertThat(ReviewTally.of(List.of()).words()).isEqualTo("nothing decided");
    }
}
