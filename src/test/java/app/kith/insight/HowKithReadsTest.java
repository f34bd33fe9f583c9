package app.kith.insight;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.domain.Channel;
import app.kith.domain.Depth;
import app.kith.domain.Favour;
import app.kith.domain.FavourDirection;
import app.kith.domain.FavourKind;
import app.kith.domain.FavourSize;
import app.kith.domain.FavourStatus;
import app.kith.domain.Initiator;
import app.kith.domain.Interaction;
import app.kith.domain.Person;
import app.kith.insight.HowKithReads.Topic;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The help page's examples, on a hand-built journal whose people each stand for one idea. */
class HowKithReadsTest {

    private static final LocalDate T = LocalDate.of(2026, 11, 22);

    private final Person yara = Person.named("Yara Kealoha");
    private final Person tom = Person.named("Tom Okafor");
    private final Person raj = Person.named("Raj Mehta");
    private final Person lena = Person.named("Lena Berg");
    private final List<Interaction> interactions = new ArrayList<>();
    private final List<Favour> favours = new ArrayList<>();

    private List<Topic> topics() {
        // Yara: a deep talk in person every 9 days for the last year, the latest 3 days ago.
        for (int i = 0; i < 40; i++) {
            talk(yara, T.minusDays(3 + 9L * i), Channel.IN_PERSON, Depth.DEEP, Initiator.MUTUAL);
        }
        // Tom: small talk on social media every month.
        for (int i = 0; i < 12; i++) {
            talk(tom, T.minusDays(20 + 30L * i), Channel.SOCIAL, Depth.SMALL_TALK, Initiator.THEM);
        }
        // Raj: calls each month to ask for help; eight favours given, none received.
        for (int i = 0; i < 10; i++) {
            talk(raj, T.minusDays(10 + 30L * i), Channel.CALL, Depth.CATCH_UP, Initiator.THEM);
        }
        for (int i = 0; i < 8; i++) {
            favours.add(new Favour(UUID.randomUUID(), T.minusDays(15 + 30L * i), raj.id(), FavourDirection.GIVEN,
                    FavourSize.MEDIUM, FavourKind.HELP, "Help", FavourStatus.DONE, null));
        }
        // Lena: deep talks every month for two years, none in the last five months.
        for (int i = 0; i < 24; i++) {
            talk(lena, T.minusDays(150 + 30L * i), Channel.CALL, Depth.DEEP, Initiator.MUTUAL);
        }
        JournalInsight insight = JournalInsight.compute(List.of(yara, tom, raj, lena), interactions, favours,
                List.of(), Map.of(), T, HalfLife.DEFAULT.days());
        return HowKithReads.topics(insight);
    }

    private void talk(Person person, LocalDate day, Channel channel, Depth depth, Initiator initiator) {
        interactions.add(new Interaction(UUID.randomUUID(), day, null, channel, depth, initiator, null,
                List.of(person.id()), null));
    }

    @Test
    void everyIdeaIsExplainedInOrder() {
        assertThat(topics()).extracting(Topic::title).containsExactly("Depth", "Time, Intimacy and Services",
                "Chit and chat", "Balance", "Initiative", "Rings", "Cadence", "Status");
        assertThat(topics()).allSatisfy(topic -> assertThat(topic.plain()).isNotBlank());
    }

    @Test
    void depthIsShownWithTheDeepestRelationshipAndItsEvidence() {
        List<Topic> topics = topics();

        assertThat(topics.get(0).example()).startsWith("Yara Kealoha: Depth ")
                .contains("of which Intimacy 1.00: 40 personal or deep conversations in the last year, the latest"
                        + " 3 days ago");
        assertThat(topics.get(1).example()).startsWith("Yara Kealoha: Time ").contains("; Intimacy ")
                .contains("; Services 0.00: no favours yet");
    }

    @Test
    void eachLabelIsShownWithSomeoneWhoCarriesIt() {
        List<Topic> topics = topics();

        assertThat(topics.get(2).example()).startsWith("Tom Okafor: Chit: 0% of the contact is personal or deep");
        assertThat(topics.get(3).example()).startsWith("Raj Mehta: You give");
        assertThat(topics.get(4).example()).startsWith("Raj Mehta: They reach out");
        assertThat(topics.get(5).example()).startsWith("Yara Kealoha: ");
        assertThat(topics.get(7).example()).startsWith("Lena Berg: Fading");
    }

    @Test
    void theCadenceExampleIsWhomTheReviewBringsUpFirst() {
        List<Topic> topics = topics();

        assertThat(topics.get(6).example()).startsWith("Lena Berg: ").contains("(in the Review: ");
    }

    @Test
    void aJournalWithoutConversationsHasNoExamples() {
        JournalInsight empty = JournalInsight.compute(List.of(yara), List.of(), List.of(), List.of(), Map.of(), T,
                HalfLife.DEFAULT.days());

        assertThat(HowKithReads.hasExamples(empty)).isFalse();
        assertThat(HowKithReads.topics(empty)).extracting(Topic::example).containsOnlyNulls();
    }
}
