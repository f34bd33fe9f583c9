package app.kith.ui.review;

import app.kith.domain.Review;
import app.kith.domain.ReviewDecision;
import app.kith.domain.ReviewTally;
import app.kith.store.Journal;
import app.kith.store.PersonSummary;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import app.kith.ui.common.TaskRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The reviews held, newest first, read in the background; one of them may be opened to see each decision. */
public final class ReviewHistoryModel {

    /** A review as the history lists it. */
    public record PastReview(UUID id, String date, String counts, List<Line> decisions) {
        public PastReview {
            decisions = List.copyOf(decisions);
        }
    }

    /** One person and what was decided for them. */
    public record Line(String name, String decision) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(ReviewHistoryModel.class);

    private final TaskRunner tasks;
    private final ObservableValue<Journal> journal;
    private final ReviewWords words;
    private final DateTimeFormatter dates;
    private final ObservableList<PastReview> reviews = FXCollections.observableArrayList();
    private final ObservableList<PastReview> reviewsShown = FXCollections.unmodifiableObservableList(reviews);
    private final ObjectProperty<PastReview> opened = new SimpleObjectProperty<>();

    ReviewHistoryModel(TaskRunner tasks, ObservableValue<Journal> journal, Locale locale) {
        this.tasks = tasks;
        this.journal = journal;
        this.words = new ReviewWords(locale);
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale);
    }

    /** Reads the reviews again; the one opened stays open when it is still there. */
    void refresh() {
        Journal open = journal.getValue();
        if (open == null) {
            reviews.clear();
            return;
        }
        tasks.read(context -> pastReviews(open.reviews().all(), open.people().summaries()))
                .onSuccess(read -> {
                    if (journal.getValue() != open) {
                        return;
                    }
                    UUID was = opened.get() == null ? null : opened.get().id();
                    reviews.setAll(read);
                    opened.set(read.stream().filter(review -> review.id().equals(was)).findFirst()
                            .orElse(read.isEmpty() ? null : read.get(0)));
                })
                .onError(error -> LOG.warn("Kith could not read the reviews held", error))
                .start();
    }

    private List<PastReview> pastReviews(List<Review> held, List<PersonSummary> people) {
        Map<UUID, String> names = new HashMap<>();
        people.forEach(person -> names.put(person.id(), person.name()));
        return held.stream().map(review -> new PastReview(review.id(), dates.format(review.date()),
                counts(review.decisions()), review.decisions().stream().map(decision -> new Line(
                        names.getOrDefault(decision.person(), "Someone no longer in the journal"),
                        words.decision(decision))).toList())).toList();
    }

    /** "10 decisions: 4 logged, 5 snoozed, 1 let go". */
    private static String counts(List<ReviewDecision> decisions) {
        return (decisions.size() == 1 ? "1 decision" : decisions.size() + " decisions") + ": "
                + ReviewTally.of(decisions).words();
    }

    /** The reviews held, newest first. */
    public ObservableList<PastReview> reviews() {
        return reviewsShown;
    }

    /** The review whose decisions are shown (the newest one until another is chosen). */
    public ObjectProperty<PastReview> openedProperty() {
        return opened;
    }
}
