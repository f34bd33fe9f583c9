package app.kith.ui.help;

import app.kith.insight.HowKithReads;
import app.kith.insight.HowKithReads.Topic;
import app.kith.insight.JournalInsight;
import app.kith.sample.SampleInsight;
import app.kith.sample.SampleSpec;
import app.kith.ui.common.InsightReading;
import app.kith.ui.common.InsightSnapshot;
import app.kith.ui.common.TaskRunner;
import java.time.Clock;
import java.time.LocalDate;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Help › How Kith reads relationships: the model's ideas with examples from the open journal, as the window's one
 * snapshot reads it, or, while that journal has no conversations yet, from a sample journal made up in memory.
 */
public final class HowKithReadsViewModel {

    private final TaskRunner tasks;
    private final InsightSnapshot insight;
    private final Clock clock;
    private final SampleSpec sample;
    private final ObservableValue<Boolean> exploringSample;
    private final ObservableList<Topic> topics = FXCollections.observableArrayList();
    private final ObservableList<Topic> topicsShown = FXCollections.unmodifiableObservableList(topics);
    private final ReadOnlyStringWrapper source = new ReadOnlyStringWrapper("");

    /**
     * @param sample the made-up journal the examples come from while the own one has none to give
     * @param exploringSample true while the window shows the sample journal instead of the own one
     */
    public HowKithReadsViewModel(TaskRunner tasks, InsightSnapshot insight, Clock clock, SampleSpec sample,
                                 ObservableValue<Boolean> exploringSample) {
        this.exploringSample = exploringSample;
        this.tasks = tasks;
        this.insight = insight;
        this.clock = clock;
        this.sample = sample;
    }

    /** Reads the examples afresh: the page is opened. */
    public void show() {
        InsightReading reading = insight.reading();
        JournalInsight own = reading == null ? null : reading.insight();
        if (own != null && HowKithReads.hasExamples(own)) {
            source.set(Boolean.TRUE.equals(exploringSample.getValue())
                    ? "The examples are made-up people in the sample journal you are exploring."
                    : "The examples are people in your journal, read as of today.");
            topics.setAll(HowKithReads.topics(own));
            return;
        }
        source.set("Your journal has no conversations yet, so the examples are made-up people from a sample journal.");
        topics.setAll(HowKithReads.withoutExamples());
        LocalDate today = LocalDate.now(clock);
        tasks.read(context -> HowKithReads.topics(SampleInsight.of(sample, today)))
                .onSuccess(topics::setAll)
                .start();
    }

    /** The ideas in order, each with its example (or none). */
    public ObservableList<Topic> topics() {
        return topicsShown;
    }

    /** Where the examples come from, in a sentence. */
    public ReadOnlyStringProperty sourceProperty() {
        return source.getReadOnlyProperty();
    }
}
