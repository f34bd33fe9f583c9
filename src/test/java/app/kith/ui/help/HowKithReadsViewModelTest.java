package app.kith.ui.help;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.insight.HowKithReads.Topic;
import app.kith.sample.SampleSpec;
import app.kith.store.Journal;
import app.kith.ui.common.InsightSnapshot;
import app.kith.ui.common.JournalChanges;
import app.kith.ui.common.SameThreadTaskRunner;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

class HowKithReadsViewModelTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);

    @Test
    void withNothingToShowInTheOwnJournalTheExamplesComeFromASampleMadeUpInMemory() {
        SameThreadTaskRunner tasks = new SameThreadTaskRunner();
        InsightSnapshot insight = new InsightSnapshot(tasks, new SimpleObjectProperty<Journal>(), new JournalChanges(),
                CLOCK);
        HowKithReadsViewModel page = new HowKithReadsViewModel(tasks, insight, CLOCK,
                new SampleSpec(20, 400, 40, 2, 7), new SimpleBooleanProperty(false));

        page.show();

        assertThat(page.sourceProperty().get()).contains("made-up people from a sample journal");
        assertThat(page.topics()).hasSize(8);
        assertThat(page.topics().get(0).example()).matches("[^:]+: Depth \\d+, of which Intimacy .*");
        assertThat(page.topics()).extracting(Topic::example).doesNotContainNull();
    }
}
