package app.kith.ui.review;

import app.kith.domain.ReviewAction;
import app.kith.domain.ReviewDecision;
import app.kith.domain.ReviewTally;
import app.kith.store.Journal;
import app.kith.store.JournalException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * One review session: the people taken from the top of the queue when it started, where it has got to, and what was
 * decided for each. Each decision gives back the write that records it (the first one starts the review, later ones
 * are added to it, a decision made again changes the earlier one); the writes run in order on the writer thread, so
 * the session moves on at once and never waits for the journal. Used on the FX thread, apart from the writes.
 */
final class ReviewSession {

    /** A person of the session and what was decided for them. */
    static final class Seat {

        private final UUID person;
        private final String name;
        private ReviewDecision decision;
        /** The decision's place in the review: set by its write, on the writer thread, and read by later writes. */
        private int position = -1;

        Seat(UUID person, String name) {
            this.person = Objects.requireNonNull(person);
            this.name = Objects.requireNonNull(name);
        }

        UUID person() {
            return person;
        }

        String name() {
            return name;
        }

        /** What was decided for them, or null while nothing is. */
        ReviewDecision decision() {
            return decision;
        }
    }

    private final UUID review = UUID.randomUUID();
    private final LocalDate day;
    private final List<Seat> seats;
    private int index;
    private boolean ended;
    private boolean started;

    /** @param seats the people, in the queue's order */
    ReviewSession(LocalDate day, List<Seat> seats) {
        if (seats.isEmpty()) {
            throw new IllegalArgumentException("A review session needs someone to review");
        }
        this.day = day;
        this.seats = List.copyOf(seats);
    }

    UUID review() {
        return review;
    }

    int size() {
        return seats.size();
    }

    /** The place of the person shown, from 0; {@link #size()} once past the last one. */
    int index() {
        return index;
    }

    /** The person shown, or null once the session is over. */
    Seat current() {
        return over() ? null : seats.get(index);
    }

    /** Past the last person, or ended early. */
    boolean over() {
        return ended || index >= seats.size();
    }

    /** Ended before the last person (Esc). */
    boolean endedEarly() {
        return ended && index < seats.size();
    }

    /**
     * Decides for the person shown and moves on to the next one.
     *
     * @return the write that records it
     */
    Consumer<Journal> decide(ReviewDecision decision) {
        Seat seat = current();
        if (seat == null || !seat.person.equals(decision.person())) {
            throw new IllegalStateException("the decision is not about the person shown");
        }
        Consumer<Journal> write = record(seat, decision);
        index++;
        return write;
    }

    /**
     * Skips the person shown: recorded as skipped when nothing was decided for them yet, else their decision stands.
     *
     * @return the write, or null when nothing is to be written
     */
    Consumer<Journal> skip() {
        Seat seat = current();
        if (seat == null) {
            return null;
        }
        if (seat.decision != null) {
            index++;
            return null;
        }
        return decide(ReviewDecision.of(seat.person, ReviewAction.SKIPPED));
    }

    /**
     * Decides again for a person already decided for, without moving (an undo).
     *
     * @return the write that changes it
     */
    Consumer<Journal> revise(Seat seat, ReviewDecision decision) {
        if (seat.decision == null || !seat.person.equals(decision.person())) {
            throw new IllegalStateException("only a decision already made can be revised");
        }
        return record(seat, decision);
    }

    /** Back to the person before (or, after Esc, back to the one shown then). */
    void back() {
        if (ended) {
            ended = false;
        } else if (index > 0) {
            index--;
        }
    }

    /** Ends the session where it is (Esc). */
    void end() {
        ended = true;
    }

    boolean canGoBack() {
        return ended || index > 0;
    }

    /** Everyone decided for, in the session's order. */
    List<Seat> decided() {
        List<Seat> decided = new ArrayList<>();
        for (Seat seat : seats) {
            if (seat.decision != null) {
                decided.add(seat);
            }
        }
        return decided;
    }

    ReviewTally tally() {
        return ReviewTally.of(decided().stream().map(Seat::decision).toList());
    }

    private Consumer<Journal> record(Seat seat, ReviewDecision decision) {
        boolean again = seat.decision != null;
        seat.decision = decision;
        if (again) {
            return journal -> {
                if (seat.position < 0) {
                    throw new JournalException("The first decision about " + seat.name
                            + " was not saved, so it cannot be changed.");
                }
                journal.reviews().change(review, seat.position, decision);
            };
        }
        if (!started) {
            started = true;
            return journal -> {
                journal.reviews().start(review, day, decision);
                seat.position = 0;
            };
        }
        return journal -> seat.position = journal.reviews().decide(review, decision);
    }
}
