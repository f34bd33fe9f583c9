package app.kith.store;

import app.kith.domain.Review;
import app.kith.domain.ReviewAction;
import app.kith.domain.ReviewDecision;
import app.kith.store.schema.tables.records.ReviewDecisionRecord;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import static app.kith.store.schema.Tables.REVIEW;
import static app.kith.store.schema.Tables.REVIEW_DECISION;
import static org.jooq.impl.DSL.max;

/** "Who haven't I talked to?" sessions and what they decided. Each method is one transaction. */
public final class ReviewRepository {

    private final Database database;
    private final Clock clock;

    ReviewRepository(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /**
     * Records a review with its decisions in their order, as it was held; it changes no person
     * (use {@link #decide} to carry a decision out).
     */
    public void add(Review review) {
        database.transact(ctx -> {
            insertReview(ctx, review.id(), review.date(), false);
            for (int position = 0; position < review.decisions().size(); position++) {
                ReviewRows.insertDecision(ctx, review.id(), position, review.decisions().get(position));
            }
        });
    }

    /**
     * Starts a review session held on the day with its first decision, carried out in the same transaction: a
     * session is written decision by decision, so that nothing decided is lost if the window closes mid-way.
     */
    public void start(UUID review, LocalDate day, ReviewDecision first) {
        database.transact(ctx -> {
            insertReview(ctx, review, day, false);
            append(ctx, review, first);
        });
    }

    /**
     * Adds a decision at the end of a review already in the journal and carries it out in the same
     * transaction: a cadence decision sets (or clears) the person's cadence, letting go archives the person.
     *
     * @return the decision's place in the review, for {@link #change}
     */
    public int decide(UUID review, ReviewDecision decision) {
        return database.transaction(ctx -> append(ctx, review, decision));
    }

    /**
     * Changes a decision of a review (a session's "back"): in one transaction, what the old decision did is undone
     * (the person comes back from the archive, or has the cadence they had before it again) and the new one is
     * recorded in its place and carried out.
     *
     * @param position the decision's place, as {@link #decide} returned it (0 for the first one)
     * @throws JournalException when there is no such decision; nothing is changed then
     * @throws IllegalArgumentException when the new decision is about someone else
     */
    public void change(UUID review, int position, ReviewDecision decision) {
        database.transact(ctx -> {
            ReviewDecisionRecord row = ctx.selectFrom(REVIEW_DECISION)
                    .where(REVIEW_DECISION.REVIEW_ID.eq(review).and(REVIEW_DECISION.POSITION.eq(position)))
                    .fetchOne();
            if (row == null) {
                throw new JournalException("That review decision is no longer in the journal.");
            }
            if (!row.getPersonId().equals(decision.person())) {
                throw new IllegalArgumentException("a decision about " + row.getPersonId()
                        + " cannot become one about " + decision.person());
            }
            LocalDateTime now = LocalDateTime.now(clock);
            ReviewRows.takeBack(ctx, row, now);
            ctx.update(REVIEW_DECISION)
                    .set(REVIEW_DECISION.ACTION, Codes.code(decision.action()))
                    .set(REVIEW_DECISION.UNTIL_ON, decision.until())
                    .set(REVIEW_DECISION.CADENCE_DAYS, decision.cadenceDays())
                    .set(REVIEW_DECISION.PREVIOUS_CADENCE_DAYS, ReviewRows.cadenceOf(ctx, decision.person()))
                    .where(REVIEW_DECISION.REVIEW_ID.eq(review).and(REVIEW_DECISION.POSITION.eq(position)))
                    .execute();
            ReviewRows.carryOut(ctx, decision, now);
        });
    }

    /**
     * A decision made today at the command line ({@code kith snooze}, {@code kith cadence}), carried out: added to
     * the review the command line started today while that is the day's latest review, else to a new one, so that
     * a day of commands is one review in the history rather than one per command.
     *
     * @return the id of the review it went into
     */
    public UUID decideFromCommandLine(ReviewDecision decision) {
        LocalDate today = LocalDate.now(clock);
        return database.transaction(ctx -> {
            // Only while it is still the day's latest review: after a session in the window, a new one, so that
            // the latest decision about a person stays the one that counts (see snoozedAfter).
            var latest = ctx.select(REVIEW.ID, REVIEW.FROM_COMMAND_LINE).from(REVIEW)
                    .where(REVIEW.HELD_ON.eq(today))
                    .orderBy(REVIEW.CREATED_AT.desc(), REVIEW.ID.desc())
                    .limit(1)
                    .fetchOne();
            UUID review = latest != null && latest.value2() ? latest.value1() : null;
            if (review == null) {
                review = UUID.randomUUID();
                insertReview(ctx, review, today, true);
            }
            append(ctx, review, decision);
            return review;
        });
    }

    private void insertReview(DSLContext ctx, UUID review, LocalDate day, boolean fromCommandLine) {
        ctx.insertInto(REVIEW)
                .set(REVIEW.ID, review)
                .set(REVIEW.HELD_ON, day)
                .set(REVIEW.CREATED_AT, LocalDateTime.now(clock))
                .set(REVIEW.FROM_COMMAND_LINE, fromCommandLine)
                .execute();
    }

    /** Records the decision at the end of the review with the person's cadence before it, and carries it out. */
    private int append(DSLContext ctx, UUID review, ReviewDecision decision) {
        int position = ReviewRows.nextPosition(ctx, review);
        ReviewRows.insertDecision(ctx, review, position, decision, ReviewRows.cadenceOf(ctx, decision.person()));
        ReviewRows.carryOut(ctx, decision, LocalDateTime.now(clock));
        return position;
    }

    /** Every review, newest first, each with its decisions in the order they were made. */
    public List<Review> all() {
        return database.read(ctx -> {
            Map<UUID, List<ReviewDecision>> decisions = ctx.selectFrom(REVIEW_DECISION)
                    .orderBy(REVIEW_DECISION.REVIEW_ID, REVIEW_DECISION.POSITION)
                    .fetchGroups(REVIEW_DECISION.REVIEW_ID, ReviewRows::decision);
            return ctx.selectFrom(REVIEW)
                    .orderBy(REVIEW.HELD_ON.desc(), REVIEW.CREATED_AT.desc(), REVIEW.ID.desc())
                    .fetch(row -> new Review(row.getId(), row.getHeldOn(),
                            decisions.getOrDefault(row.getId(), List.of())));
        });
    }

    /** The day of the latest review held, if any: Today says when the next one is due. */
    public Optional<LocalDate> latestHeldOn() {
        return Optional.ofNullable(database.read(ctx -> ctx.select(max(REVIEW.HELD_ON))
                .from(REVIEW).fetchOne(0, LocalDate.class)));
    }

    /**
     * Who is snoozed on a day, and until when: for each person, the latest snooze decided on or before
     * the day, when it ends after that day.
     */
    public Map<UUID, LocalDate> snoozedAfter(LocalDate asOf) {
        return database.read(ctx -> {
            var snoozes = ctx.select(REVIEW_DECISION.PERSON_ID, REVIEW_DECISION.UNTIL_ON)
                    .from(REVIEW_DECISION)
                    .join(REVIEW).on(REVIEW.ID.eq(REVIEW_DECISION.REVIEW_ID))
                    .where(REVIEW_DECISION.ACTION.eq(ReviewAction.SNOOZED.code()).and(REVIEW.HELD_ON.le(asOf)))
                    .orderBy(REVIEW.HELD_ON.desc(), REVIEW.CREATED_AT.desc(), REVIEW.ID.desc(),
                            REVIEW_DECISION.POSITION.desc())
                    .fetch();
            Map<UUID, LocalDate> latest = new HashMap<>();
            for (var snooze : snoozes) {
                latest.putIfAbsent(snooze.value1(), snooze.value2());
            }
            latest.values().removeIf(until -> !until.isAfter(asOf));
            return latest;
        });
    }
}
