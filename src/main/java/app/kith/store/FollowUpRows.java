package app.kith.store;

import app.kith.domain.FollowUp;
import app.kith.store.schema.tables.records.FollowUpRecord;
import java.time.LocalDateTime;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import static app.kith.store.schema.Tables.FOLLOW_UP;

/** Reads and writes follow-ups inside a transaction. */
final class FollowUpRows {

    private FollowUpRows() {
    }

    static void insert(DSLContext ctx, FollowUp followUp, LocalDateTime now) {
        ctx.insertInto(FOLLOW_UP)
                .set(FOLLOW_UP.ID, followUp.id())
                .set(FOLLOW_UP.PERSON_ID, followUp.person())
                .set(FOLLOW_UP.DUE_ON, followUp.due())
                .set(FOLLOW_UP.TEXT, followUp.text())
                .set(FOLLOW_UP.DONE, followUp.done())
                .set(FOLLOW_UP.CREATED_AT, now)
                .execute();
    }

    /** False when the follow-up is not in the journal. */
    static boolean update(DSLContext ctx, FollowUp followUp) {
        return ctx.update(FOLLOW_UP)
                .set(FOLLOW_UP.PERSON_ID, followUp.person())
                .set(FOLLOW_UP.DUE_ON, followUp.due())
                .set(FOLLOW_UP.TEXT, followUp.text())
                .set(FOLLOW_UP.DONE, followUp.done())
                .where(FOLLOW_UP.ID.eq(followUp.id()))
                .execute() > 0;
    }

    /** The follow-ups that match, soonest due first. */
    static List<FollowUp> where(DSLContext ctx, Condition condition) {
        return ctx.selectFrom(FOLLOW_UP).where(condition)
                .orderBy(FOLLOW_UP.DUE_ON, FOLLOW_UP.CREATED_AT, FOLLOW_UP.ID)
                .fetch(FollowUpRows::followUp);
    }

    static FollowUp followUp(FollowUpRecord row) {
        return new FollowUp(row.getId(), row.getPersonId(), row.getDueOn(), row.getText(), row.getDone());
    }
}
