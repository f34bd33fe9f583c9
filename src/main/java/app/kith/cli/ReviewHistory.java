package app.kith.cli;

import app.kith.domain.Review;
import app.kith.domain.ReviewAction;
import app.kith.domain.ReviewDecision;
import app.kith.domain.ReviewTally;
import app.kith.store.PersonSummary;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * {@code kith review --history}: the reviews held, newest first, each with its date, how many decisions of each
 * kind, and every decision (who, what, until when or what cadence), as a table or as JSON.
 */
final class ReviewHistory {

    private final List<Review> reviews;
    private final Map<UUID, PersonSummary> people;

    /** @param people everyone, by id (a decision's person is always among them: decisions go with a deleted person) */
    ReviewHistory(List<Review> reviews, Map<UUID, PersonSummary> people) {
        this.reviews = reviews;
        this.people = people;
    }

    void printTable(PrintWriter out) {
        if (reviews.isEmpty()) {
            out.println("No review has been held yet: kith review shows who is due, kith snooze and kith cadence"
                    + " decide about one person, and the window's Review goes through them one at a time.");
            return;
        }
        out.println(Words.count(reviews.size(), "review", "reviews") + ", newest first:");
        for (Review review : reviews) {
            out.println();
            out.println(review.date() + "  " + Words.count(review.decisions().size(), "decision", "decisions") + ": "
                    + ReviewTally.of(review.decisions()).words());
            for (ReviewDecision decision : review.decisions()) {
                out.println(String.format(Locale.ROOT, "    %-" + ReviewCommand.NAME_WIDTH + "s  %s",
                        ReviewCommand.cut(name(decision)),
                        decision.words(LocalDate::toString)));
            }
        }
    }

    /**
     * {@code [{"id", "date", "counts": {"logged", "snoozed", "cadence", "let-go", "skipped"}, "decisions":
     * [{"personId", "person", "action", "until", "cadenceDays"}]}]}; until and cadenceDays are null where the action
     * has none, and a cadence decision with a null cadenceDays cleared the person's own cadence.
     */
    ArrayNode json() {
        JsonNodeFactory json = JsonNodeFactory.instance;
        ArrayNode array = json.arrayNode();
        for (Review review : reviews) {
            ObjectNode node = array.addObject();
            node.put("id", review.id().toString());
            node.put("date", review.date().toString());
            ObjectNode counts = node.putObject("counts");
            ReviewTally tally = ReviewTally.of(review.decisions());
            for (ReviewAction action : ReviewAction.values()) {
                counts.put(action.code(), tally.count(action));
            }
            ArrayNode decisions = node.putArray("decisions");
            for (ReviewDecision decision : review.decisions()) {
                ObjectNode item = decisions.addObject();
                item.put("personId", decision.person().toString());
                item.put("person", name(decision));
                item.put("action", decision.action().code());
                item.put("until", decision.until() == null ? null : decision.until().toString());
                item.put("cadenceDays", decision.cadenceDays());
            }
        }
        return array;
    }

    private String name(ReviewDecision decision) {
        PersonSummary person = people.get(decision.person());
        return person == null ? "(someone no longer in the journal)" : person.name();
    }
}
