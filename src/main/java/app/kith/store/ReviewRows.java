package app.kith.store;

import app.kith.domain.ReviewAction;
import app.kith.domain.ReviewDecision;
import app.kith.store.schema.tables.records.ReviewDecisionRecord;
import java.time.LocalDateTime;
import java.util.UUID;
import org.jooq.DSLContext;
import static app.kith.store.schema.Tables.PERSON;
import static app.kith.store.schema.Tables.REVIEW_DECISION;
import static org.jooq.impl.DSL.max;

/** Reads and writes review decisions, and carries them out on the person, inside a transaction. */
final class ReviewRows {

    private ReviewRows() {
    }

    /** A decision recorded as it was held (an import, a restore): it changes no one. */
    static void insertDecision(DSLContext ctx, UUID review, int position, ReviewDecision decision) {
        insertDecision(ctx, review, position, decision, null);
    }

    /**
     * @param previousCadence the person's own cadence before the decision was carried out (null: none), so that
     *                        changing the decision later can put it back
     */
    static void insertDecision(DSLContext ctx, UUID review, int position, ReviewDecision decision,
                               Integer previousCadence) {
        ctx.insertInto(REVIEW_DECISION)
                .set(REVIEW_DECISION.REVIEW_ID, review)
                .set(REVIEW_DECISION.POSITION, position)
                .set(REVIEW_DECISION.PERSON_ID, decision.person())
                .set(REVIEW_DECISION.ACTION, Codes.code(decision.action()))
                .set(REVIEW_DECISION.UNTIL_ON, decision.until())
                .set(REVIEW_DECISION.CADENCE_DAYS, decision.cadenceDays())
                .set(REVIEW_DECISION.PREVIOUS_CADENCE_DAYS, previousCadence)
                .execute();
    }

    static ReviewDecision decision(ReviewDecisionRecord row) {
        return new ReviewDecision(row.getPersonId(), Codes.parse(ReviewAction.class, row.getAction()),
                row.getUntilOn(), row.getCadenceDays());
    }

    /** The position after the review's last decision. */
    static int nextPosition(DSLContext ctx, UUID review) {
        Integer last = ctx.select(max(REVIEW_DECISION.POSITION)).from(REVIEW_DECISION)
                .where(REVIEW_DECISION.REVIEW_ID.eq(review)).fetchOne(0, Integer.class);
        return last == null ? 0 : last + 1;
    }

    /** The person's own cadence now (null: none, or no such person). */
    static Integer cadenceOf(DSLContext ctx, UUID person) {
        return ctx.select(PERSON.CADENCE_DAYS).from(PERSON).where(PERSON.ID.eq(person)).fetchOne(PERSON.CADENCE_DAYS);
    }

    /** Does what the decision says to the person: a cadence decision sets (or clears) their cadence, let go archives. */
    static void carryOut(DSLContext ctx, ReviewDecision decision, LocalDateTime now) {
        if (decision.action() == ReviewAction.CADENCE) {
            setCadence(ctx, decision.person(), decision.cadenceDays(), now);
        } else if (decision.action() == ReviewAction.LET_GO) {
            setArchived(ctx, decision.person(), true, now);
        }
    }

    /** Undoes what the recorded decision did: the cadence the person had before it, or back from the archive. */
    static void takeBack(DSLContext ctx, ReviewDecisionRecord row, LocalDateTime now) {
        ReviewAction action = Codes.parse(ReviewAction.class, row.getAction());
        if (action == ReviewAction.CADENCE) {
            setCadence(ctx, row.getPersonId(), row.getPreviousCadenceDays(), now);
        } else if (action == ReviewAction.LET_GO) {
            setArchived(ctx, row.getPersonId(), false, now);
        }
    }

    private static void setCadence(DSLContext ctx, UUID person, Integer days, LocalDateTime now) {
        ctx.update(PERSON).set(PERSON.CADENCE_DAYS, days).set(PERSON.UPDATED_AT, now)
                .where(PERSON.ID.eq(person)).execute();
    }

    private static void setArchived(DSLContext ctx, UUID person, boolean archived, LocalDateTime now) {
        ctx.update(PERSON).set(PERSON.ARCHIVED, archived).set(PERSON.UPDATED_AT, now)
                .where(PERSON.ID.eq(person)).execute();
    }
}
