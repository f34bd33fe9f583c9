package app.kith.ui.person;

import static app.kith.ui.person.SectionJournal.CLOCK;
import static app.kith.ui.person.SectionJournal.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import app.kith.ui.common.InsightSnapshot;
import app.kith.domain.Channel;
import app.kith.domain.Depth;
import app.kith.domain.FavourDirection;
import app.kith.domain.Favour;
import app.kith.domain.Interaction;
import app.kith.domain.Person;
import app.kith.insight.Explanation;
import app.kith.insight.PersonInsight;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InsightViewModelTest {

    @TempDir
    Path folder;

    private SectionJournal data;
    private InsightViewModel insight;

    @BeforeEach
    void open() {
        data = new SectionJournal(folder);
        insight = new InsightViewModel(new InsightSnapshot(data.tasks, data.open, data.changes, CLOCK));
    }

    @AfterEach
    void close() {
        data.close();
    }

    /** Maya of PRODUCT.md: a close friend, deep or personal talks every week or two, favours both ways. */
    private Person maya() {
        Person maya = data.person("Maya Cole");
        List<Interaction> talks = new ArrayList<>();
        for (int daysAgo = 3; daysAgo < 730; daysAgo += 10) {
            talks.add(SectionJournal.conversation(TODAY.minusDays(daysAgo), daysAgo % 20 == 3 ? Depth.DEEP : Depth.PERSONAL,
                    daysAgo % 30 == 3 ? Channel.CALL : Channel.IN_PERSON, maya));
        }
        List<Favour> favours = new ArrayList<>();
        for (int daysAgo = 20; daysAgo < 730; daysAgo += 60) {
            favours.add(SectionJournal.favourOf(TODAY.minusDays(daysAgo), maya, FavourDirection.GIVEN));
            favours.add(SectionJournal.favourOf(TODAY.minusDays(daysAgo + 5), maya, FavourDirection.RECEIVED));
        }
        data.bulk(talks, favours);
        return maya;
    }

    @Test
    void theSectionShowsTheFiguresAndSentencesOfTheInsightModel() {
        Person maya = maya();
        data.changes.changed();
        PersonInsight model = data.journal.scores().asOf(TODAY).of(maya.id());
        Explanation explained = model.explain();

        insight.show(maya.id());

        assertThat(insight.knownProperty().get()).isTrue();
        assertThat(insight.depthProperty().get()).isEqualTo(model.depth()).isGreaterThanOrEqualTo(70);
        assertThat(insight.components()).extracting(InsightViewModel.Component::name)
                .containsExactly("Time", "Intimacy", "Services");
        assertThat(insight.components()).extracting(InsightViewModel.Component::value)
                .containsExactly(model.figures().time(), model.figures().intimacy(), model.figures().services());
        assertThat(explained.intimacy()).endsWith(insight.components().get(1).evidence().substring(1));
        assertThat(insight.labels()).extracting(InsightViewModel.Line::name)
                .containsExactly("Kind", "Balance", "Initiative", "Status");
        assertThat(insight.labels()).extracting(InsightViewModel.Line::value)
                .containsExactly("Chat", "Even", model.initiative().label(), "Active");
        assertThat(insight.labels().get(0).code()).isEqualTo("chat");
        assertThat(explained.kind()).endsWith(insight.labels().get(0).reason().substring(1));
        assertThat(insight.rhythm()).extracting(InsightViewModel.Line::name).containsExactly("Ring", "Cadence", "Overdue");
        assertThat(insight.directionProperty().get()).isEqualTo(model.direction());
        // A talk every ten days, 3 to 723 days ago: 18 of them after T - 180 (2026-05-26), 18 in the half year before.
        assertThat(insight.labels().get(3).reason())
                .isEqualTo("Steady, 18 catch-ups or deeper talks since May and 18 in the half year before");
    }

    @Test
    void theValueAndItsEvidenceAreSaidApart() {
        Person maya = maya();
        data.changes.changed();

        insight.show(maya.id());

        InsightViewModel.Component time = insight.components().get(0);
        assertThat(time.valueText()).matches("[01]\\.\\d\\d");
        assertThat(time.evidence()).startsWith("37 conversations in the last year, the latest 3 days ago");
        assertThat(insight.labels().get(0).reason()).startsWith("100% of the contact is personal or deep");
    }

    @Test
    void someoneWithoutConversationsHasNoKindAndSaysWhy() {
        Person ada = data.person("Ada");
        data.changes.changed();

        insight.show(ada.id());

        assertThat(insight.depthProperty().get()).isZero();
        assertThat(insight.labels().get(0)).isEqualTo(new InsightViewModel.Line("Kind", "No kind yet", "",
                "No conversations"));
        assertThat(insight.labels().get(3).value()).isEqualTo("New");
        assertThat(insight.directionProperty().get()).as("no Depth then or now: no direction").isNull();
    }

    @Test
    void someoneAddedSinceTheLastReadingShowsNothingUntilTheNextOne() {
        Person ada = data.person("Ada");

        insight.show(ada.id());

        assertThat(insight.knownProperty().get()).isFalse();
        data.changes.changed();
        assertThat(insight.knownProperty().get()).isTrue();
        assertThat(insight.labels().get(3).value()).isEqualTo("New");
    }

    @Test
    void aChangeInTheJournalIsReadAgain() {
        Person ada = data.person("Ada");
        data.changes.changed();
        insight.show(ada.id());
        assertThat(insight.depthProperty().get()).isZero();

        data.talk(TODAY, Depth.DEEP, Channel.IN_PERSON, 120, null, ada);
        data.changes.changed();

        assertThat(insight.depthProperty().get()).isPositive();
        assertThat(insight.labels().get(0).value()).isEqualTo("Chat");
    }

    @Test
    void nobodyShownOrNoJournalShowsNothing() {
        Person maya = maya();
        insight.show(maya.id());

        data.open.set(null);

        assertThat(insight.knownProperty().get()).isFalse();
        assertThat(insight.components()).isEmpty();
        assertThat(insight.directionProperty().get()).isNull();

        data.open.set(data.journal);
        insight.show(null);

        assertThat(insight.knownProperty().get()).isFalse();
    }
}
