package app.kith.sample;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.insight.Balance;
import app.kith.insight.Initiative;
import app.kith.insight.JournalInsight;
import app.kith.insight.Kind;
import app.kith.insight.Overdue;
import app.kith.insight.PersonInsight;
import app.kith.insight.Status;
import app.kith.domain.Ring;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The scoring model of PRODUCT.md, run over the generated M journal, finds the personas with the
 * labels PRODUCT.md gives them: the sample shows what Kith is for.
 */
class InsightReadsTheSampleTest {

    private static final LocalDate TODAY = SampleStoryTest.TODAY;

    private static JournalInsight insight;

    @BeforeAll
    static void scoreTheMJournal() {
        StoryBook book = StoryBook.tell(SampleSpec.MEDIUM, TODAY);
        insight = JournalInsight.compute(book.people, book.interactions, book.favours, book.followUps, Map.of(),
                TODAY, 90);
    }

    @Test
    void aCloseFriendLikeMaya() {
        assertThat(people(p -> p.kind() == Kind.CHAT && p.balance() == Balance.EVEN && p.status() == Status.ACTIVE
                && (p.placedRing() == Ring.FIVE || p.placedRing() == Ring.FIFTEEN) && p.depth() >= 70
                && !p.inReview())).isNotEmpty();
    }

    @Test
    void anAcquaintanceLikeTom() {
        assertThat(people(p -> p.kind() == Kind.CHIT && p.depth() < 20 && p.evidence().interactions() >= 10
                && p.lastInteraction() != null && p.lastInteraction().isAfter(TODAY.minusDays(60)))).isNotEmpty();
    }

    @Test
    void anAskerLikeRaj() {
        assertThat(people(p -> p.balance() == Balance.YOU_GIVE && p.initiative() == Initiative.THEY_REACH_OUT))
                .isNotEmpty();
    }

    @Test
    void aHelperLikeSamComesUpInTheReviewBecauseIOweThem() {
        assertThat(people(p -> p.balance() == Balance.YOU_OWE && p.inReview() && p.reason().contains("owe")))
                .isNotEmpty();
    }

    @Test
    void anOldFriendLikeLenaIsLapsingNearTheTopOfTheReview() {
        List<PersonInsight> top = insight.reviewQueue().subList(0, 20);

        assertThat(top).anySatisfy(p -> {
            assertThat(p.status()).isIn(Status.FADING, Status.DORMANT);
            assertThat(p.overdue()).isEqualTo(Overdue.LAPSING);
        });
    }

    @Test
    void aNewColleagueLikeChris() {
        assertThat(people(p -> p.status() == Status.NEW && p.evidence().interactions() > 0)).isNotEmpty();
    }

    @Test
    void kinLikeRosaAreChatAndOnTrack() {
        assertThat(people(p -> p.person().kin() && p.kind() == Kind.CHAT && p.overdue() == Overdue.ON_TRACK))
                .isNotEmpty();
    }

    @Test
    void theReviewIsAHandfulOfPeopleNotTheWholeJournal() {
        assertThat(insight.reviewQueue()).hasSizeBetween(10, insight.people().size() / 4);
    }

    private static List<PersonInsight> people(Predicate<PersonInsight> pattern) {
        return insight.people().stream().filter(pattern).toList();
    }
}
