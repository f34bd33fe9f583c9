package app.kith.store;

import app.kith.domain.FollowUp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import static app.kith.store.schema.Tables.FOLLOW_UP;

/** Things to do for or with people by a date. Each method is one transaction. */
public final class FollowUpRepository {

    private static final String GONE = "That follow-up is no longer in the journal.";

    private final Database database;
    private final Clock clock;

    FollowUpRepository(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    public void add(FollowUp followUp) {
        database.transact(ctx -> FollowUpRows.insert(ctx, followUp, LocalDateTime.now(clock)));
    }

    /** Replaces every field of a follow-up already in the journal. */
    public void update(FollowUp followUp) {
        database.transact(ctx -> {
            if (!FollowUpRows.update(ctx, followUp)) {
                throw new JournalException(GONE);
            }
        });
    }

    public void markDone(UUID id, boolean done) {
        database.transact(ctx -> {
            if (ctx.update(FOLLOW_UP).set(FOLLOW_UP.DONE, done).where(FOLLOW_UP.ID.eq(id)).execute() == 0) {
                throw new JournalException(GONE);
            }
        });
    }

    /**
     * Deletes a follow-up.
     *
     * @return the follow-up as it was, so that adding it again undoes the deletion
     */
    public FollowUp delete(UUID id) {
        return database.transaction(ctx -> {
            List<FollowUp> found = FollowUpRows.where(ctx, FOLLOW_UP.ID.eq(id));
            if (found.isEmpty()) {
                throw new JournalException(GONE);
            }
            ctx.deleteFrom(FOLLOW_UP).where(FOLLOW_UP.ID.eq(id)).execute();
            return found.get(0);
        });
    }

    /** The person's follow-ups, done or not, soonest due first. */
    public List<FollowUp> forPerson(UUID person) {
        return database.read(ctx -> FollowUpRows.where(ctx, FOLLOW_UP.PERSON_ID.eq(person)));
    }

    /** Everyone's follow-ups not done yet and due on or before the day, soonest due first. */
    public List<FollowUp> dueBy(LocalDate day) {
        return database.read(ctx -> FollowUpRows.where(ctx, FOLLOW_UP.DONE.isFalse().and(FOLLOW_UP.DUE_ON.le(day))));
    }
}
