package app.kith.store;

import app.kith.domain.ReviewAction;
import app.kith.domain.ReviewDecision;
import app.kith.store.schema.tables.records.ReviewDecisionRecord;
import java.util.UUID;
import org.jooq.DSLContext;
import static app.kith.store.schema.Tables.REVIEW_DECISION;
import static org.jooq.impl.DSL.max;

/** Reads and writes review decisions inside a transaction. */
final class ReviewRows {

    private ReviewRows() {
    }

    static void insertDecision(DSLContext ctx, UUID review, int position, ReviewDecision decision) {
        ctx.insertInto(REVIEW_DECISION)
                .set(REVIEW_DECISION.REVIEW_ID, review)
                .set(REVIEW_DECISION.POSITION, position)
                .set(REVIEW_DECISION.PERSON_ID, decision.person())
                .set(REVIEW_DECISION.ACTION, Codes.code(decision.action()))
                .set(REVIEW_DECISION.UNTIL_ON, decision.until())
                .set(REVIEW_DECISION.CADENCE_DAYS, decision.cadenceDays())
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
}
