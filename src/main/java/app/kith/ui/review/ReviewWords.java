package app.kith.ui.review;

import app.kith.domain.ReviewDecision;
import app.kith.domain.ReviewTally;
import app.kith.ui.common.RelativeDays;
import java.util.Locale;

/** The review's sentences: what is waiting, what was decided, what a session came to. */
final class ReviewWords {

    /** What is waiting in a journal without anyone in it. */
    static final String NOBODY_YET = "Nobody is waiting for you yet. Add the people you keep in touch with and log"
            + " your conversations: whoever you have not talked to for too long comes up here.";

    private final Locale locale;

    ReviewWords(Locale locale) {
        this.locale = locale;
    }

    /** "12 people are waiting for a conversation", or the warm word when nobody is. */
    static String waiting(int count) {
        if (count == 0) {
            return "Nobody is waiting for you: everyone you keep in touch with is on track.";
        }
        return (count == 1 ? "1 person is" : String.format(Locale.ROOT, "%,d people are", count))
                + " waiting for a conversation.";
    }

    /** What starting does, with the session's size. */
    static String howItGoes(int count, int size) {
        int taken = Math.min(count, size);
        String who = count <= size ? (count == 1 ? "them" : "all " + count) : "the first " + taken;
        return "A review goes through " + who + ", most pressing first, one at a time: log a conversation, snooze,"
                + " change the cadence, let go or skip, one key each.";
    }

    /** "Snoozed until 29 Nov 2026" as the decision reads in the window. */
    String decision(ReviewDecision decision) {
        String words = decision.words(day -> new RelativeDays(locale).date(day));
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** What a person shown again was given, and how to change it. */
    String decided(ReviewDecision decision) {
        return "You decided: " + decision.words(day -> new RelativeDays(locale).date(day))
                + ". Choose another action to change it, or \u2192 to keep it.";
    }

    /** "10 reviewed: 4 logged, 5 snoozed, 1 let go"; "4 of 10 reviewed: …" when the session ended early. */
    static String summary(ReviewTally tally, int size, boolean endedEarly) {
        if (tally.total() == 0) {
            return "Nobody reviewed: nothing was changed.";
        }
        String reviewed = endedEarly ? tally.total() + " of " + size : Integer.toString(tally.total());
        return reviewed + " reviewed: " + tally.words() + ".";
    }

    /** What is left in the queue after a session. */
    static String left(int count) {
        if (count == 0) {
            return "Nobody else is waiting for you. Well kept.";
        }
        return (count == 1 ? "1 person is still" : String.format(Locale.ROOT, "%,d people are still", count))
                + " waiting for a conversation; start another review whenever you like.";
    }
}
