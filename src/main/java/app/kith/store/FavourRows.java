package app.kith.store;

import app.kith.domain.Favour;
import app.kith.domain.FavourDirection;
import app.kith.domain.FavourKind;
import app.kith.domain.FavourSize;
import app.kith.domain.FavourStatus;
import app.kith.store.schema.tables.records.FavourRecord;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import static app.kith.store.schema.Tables.FAVOUR;

/** Reads and writes favours inside a transaction. */
final class FavourRows {

    private FavourRows() {
    }

    static void insert(DSLContext ctx, Favour favour, LocalDateTime now) {
        FavourRecord row = row(favour, now);
        row.setCreatedAt(now);
        ctx.insertInto(FAVOUR).set(row).execute();
    }

    /** False when the favour is not in the journal. */
    static boolean update(DSLContext ctx, Favour favour, LocalDateTime now) {
        return ctx.update(FAVOUR).set(row(favour, now)).where(FAVOUR.ID.eq(favour.id())).execute() > 0;
    }

    static Favour one(DSLContext ctx, UUID id) {
        FavourRecord row = ctx.selectFrom(FAVOUR).where(FAVOUR.ID.eq(id)).fetchOne();
        return row == null ? null : favour(row);
    }

    /** The favours that match, newest first. */
    static List<Favour> where(DSLContext ctx, Condition condition) {
        return ctx.selectFrom(FAVOUR).where(condition)
                .orderBy(FAVOUR.OCCURRED_ON.desc(), FAVOUR.CREATED_AT.desc(), FAVOUR.ID.desc())
                .fetch(FavourRows::favour);
    }

    static Favour favour(FavourRecord row) {
        return new Favour(row.getId(), row.getOccurredOn(), row.getPersonId(),
                Codes.parse(FavourDirection.class, row.getDirection()), Codes.parse(FavourSize.class, row.getSize()),
                Codes.parse(FavourKind.class, row.getKind()), row.getDescription(),
                Codes.parse(FavourStatus.class, row.getStatus()), row.getInteractionId());
    }

    private static FavourRecord row(Favour favour, LocalDateTime now) {
        FavourRecord row = new FavourRecord();
        row.setId(favour.id());
        row.setOccurredOn(favour.date());
        row.setPersonId(favour.person());
        row.setDirection(Codes.code(favour.direction()));
        row.setSize(Codes.code(favour.size()));
        row.setKind(Codes.code(favour.kind()));
        row.setDescription(favour.description());
        row.setStatus(Codes.code(favour.status()));
        row.setInteractionId(favour.interaction());
        row.setUpdatedAt(now);
        return row;
    }
}
