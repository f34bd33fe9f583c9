package app.kith.ui.person;

import app.kith.insight.DepthDirection;
import app.kith.insight.Explanation;
import app.kith.insight.Figures;
import app.kith.insight.PersonInsight;
import app.kith.ui.common.InsightReading;
import app.kith.ui.common.InsightSnapshot;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The insight part of a person's page: Depth with its three components (Time, Intimacy,
 * Services), the four labels, the ring and the rhythm, each with the insight model's own sentence
 * of evidence. Nothing is computed here: the figures and sentences are the model's, looked up in the
 * window's one reading of the journal ({@link InsightSnapshot}), so that the page agrees with the list.
 */
public final class InsightViewModel {

    /**
     * One of Depth's components.
     *
     * @param value 0 to 1
     * @param evidence the sentence behind the value, e.g. "11 conversations in the last year, the latest 9 days ago"
     */
    public record Component(String name, double value, String valueText, String evidence) {
    }

    /**
     * A label with its reason, e.g. Kind: Chat, "61% of the contact is personal or deep (chat from 35%)".
     *
     * @param code what the value means, for its colour: the model's code ("chat", "you-give", "fading"),
     *             or "" when there is no value
     */
    public record Line(String name, String value, String code, String reason) {
    }

    private final InsightSnapshot insight;
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper();
    private UUID person;
    private final ReadOnlyBooleanWrapper known = new ReadOnlyBooleanWrapper();
    private final ReadOnlyIntegerWrapper depth = new ReadOnlyIntegerWrapper();
    private final ReadOnlyObjectWrapper<DepthDirection> direction = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Component> components = FXCollections.observableArrayList();
    /** Held here: a read-only view only listens to its list weakly, and would be collected with its listeners. */
    private final ObservableList<Component> componentsView = FXCollections.unmodifiableObservableList(components);
    private final ObservableList<Line> labels = FXCollections.observableArrayList();
    /** Held here: a read-only view only listens to its list weakly, and would be collected with its listeners. */
    private final ObservableList<Line> labelsView = FXCollections.unmodifiableObservableList(labels);
    private final ObservableList<Line> rhythm = FXCollections.observableArrayList();
    /** Held here: a read-only view only listens to its list weakly, and would be collected with its listeners. */
    private final ObservableList<Line> rhythmView = FXCollections.unmodifiableObservableList(rhythm);

    /** @param insight the window's reading of the journal: the person's insight is looked up in it, never scored here */
    public InsightViewModel(InsightSnapshot insight) {
        this.insight = insight;
        insight.readingProperty().addListener((observable, was, now) -> update());
        insight.problemProperty().addListener((observable, was, now) -> update());
    }

    /** Shows this person's insight (null: nobody). */
    public void show(UUID person) {
        this.person = person;
        update();
    }

    private void update() {
        InsightReading latest = insight.reading();
        problem.set(person == null ? null : insight.problemProperty().get());
        // Someone added a moment ago is in the next reading: until it comes, nothing is shown rather than a guess.
        PersonInsight theirs = person == null || latest == null ? null : latest.insight().find(person).orElse(null);
        showInsight(theirs);
    }

    /** True once a person's insight is shown. */
    public ReadOnlyBooleanProperty knownProperty() {
        return known.getReadOnlyProperty();
    }

    /** Depth, 0 to 100. */
    public ReadOnlyIntegerProperty depthProperty() {
        return depth.getReadOnlyProperty();
    }

    /**
     * Where Depth is heading: its change since half a year ago ("↓ 22 since June"); null when nobody is
     * shown, or for someone whose Depth was 0 then and is 0 now.
     */
    public ReadOnlyObjectProperty<DepthDirection> directionProperty() {
        return direction.getReadOnlyProperty();
    }

    /** Time, Intimacy and Services, in that order. */
    public ObservableList<Component> components() {
        return componentsView;
    }

    /** Kind, Balance, Initiative and Status, in that order. */
    public ObservableList<Line> labels() {
        return labelsView;
    }

    /** The ring, the cadence and how the silence compares with it. */
    public ObservableList<Line> rhythm() {
        return rhythmView;
    }

    /** Why the insight could not be read, or null. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    private void showInsight(PersonInsight insight) {
        known.set(insight != null);
        if (insight == null) {
            depth.set(0);
            direction.set(null);
            components.clear();
            rhythm.clear();
            labels.clear();
            return;
        }
        Explanation explanation = insight.explain();
        Figures figures = insight.figures();
        depth.set(figures.depth());
        direction.set(insight.direction().worthSaying() ? insight.direction() : null);
        rhythm.setAll(ring(insight, explanation),
                line("Cadence", explanation.cadence(), insight.cadence() == null ? "" : "cadence"),
                line("Overdue", explanation.overdue(), insight.overdue() == null ? "" : insight.overdue().code()));
        components.setAll(component(figures.time(), explanation.time()),
                component(figures.intimacy(), explanation.intimacy()),
                component(figures.services(), explanation.services()));
        // The labels are set last: the view lays everything out when they change.
        labels.setAll(line("Kind", explanation.kind(), insight.kind() == null ? "" : insight.kind().code()),
                line("Balance", explanation.balance(), insight.balance().code()),
                line("Initiative", explanation.initiative(), insight.initiative().code()),
                line("Status", explanation.status(), insight.status().code()));

    }

    private static Line ring(PersonInsight insight, Explanation explanation) {
        Line line = line("Ring", explanation.ring(), insight.placedRing() == null ? "" : insight.placedRing().code());
        if (insight.placedRing() == null) {
            return line;
        }
        return new Line(line.name(), line.value(), line.code(),
                insight.placedRing().label() + " \u00b7 " + line.reason());
    }

    /** "Time 0.62: 11 conversations …" as the component's name, its value and the evidence. */
    private static Component component(double value, String sentence) {
        List<String> parts = split(sentence);
        String head = parts.get(0);
        int space = head.indexOf(' ');
        return new Component(head.substring(0, space), value, head.substring(space + 1), parts.get(1));
    }

    /** "Chat: 61% of the contact …" as the label's value and its reason. */
    private static Line line(String name, String sentence, String code) {
        List<String> parts = split(sentence);
        return new Line(name, parts.get(0), code, parts.get(1));
    }

    /** The model's sentences say "what: why"; a few say only what ("No rhythm to keep"). */
    private static List<String> split(String sentence) {
        int colon = sentence.indexOf(": ");
        if (colon < 0) {
            return List.of(sentence, "");
        }
        String reason = sentence.substring(colon + 2);
        return List.of(sentence.substring(0, colon),
                reason.isEmpty() ? reason : reason.substring(0, 1).toUpperCase(Locale.ROOT) + reason.substring(1));
    }
}
