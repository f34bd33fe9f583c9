package app.kith.store;

import app.kith.domain.Review;
import app.kith.domain.ReviewAction;
import app.kith.domain.ReviewDecision;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import static app.kith.store.schema.Tables.PERSON;
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
            ctx.insertInto(REVIEW)
                    .set(REVIEW.ID, review.id())
                    .set(REVIEW.HELD_ON, review.date())
                    .set(REVIEW.CREATED_AT, LocalDateTime.now(clock))
                    .execute();
            for (int position = 0; position < review.decisions().size(); position++) {
                ReviewRows.insertDecision(ctx, review.id(), position, review.decisions().get(position));
            }
        });
    }

    /**
     * Adds a decision at the end of a review already in the journal and carries it out in the same
     * transaction: a cadence change sets the person's cadence, letting go archives the person.
     */
    public void decide(UUID review, ReviewDecision decision) {
        database.transact(ctx -> {
            ReviewRows.insertDecision(ctx, review, ReviewRows.nextPosition(ctx, review), decision);
            LocalDateTime now = LocalDateTime.now(clock);
            if (decision.action() == ReviewAction.CADENCE) {
                ctx.update(PERSON).set(PERSON.CADENCE_DAYS, decision.cadenceDays()).set(PERSON.UPDATED_AT, now)
                        .where(PERSON.ID.eq(decision.person())).execute();
            } else if (decision.action() == ReviewAction.LET_GO) {
                ctx.update(PERSON).set(PERSON.ARCHIVED, true).set(PERSON.UPDATED_AT, now)
                        .where(PERSON.ID.eq(decision.person())).execute();
            }
        });
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
