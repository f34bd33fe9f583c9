package app.kith.store;

import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;

/**
 * The one place a write reports, inside its own transaction, whose conversations or favours it changed.
 * Every repository write that adds, changes or removes an interaction, a favour, or a person's part in
 * one calls this (or, for a simple write, {@link #changed(DSLContext, EntryChange)}) just before its
 * transaction commits. Per-person aggregates (the {@code person_digest} table, owned by the insight
 * engine) are to be brought up to date here, so they can never disagree with the entries they summarise: when the aggregate update fails, the write is rolled back too.
 */
@FunctionalInterface
interface EntryChanges {

    /** Keeps nothing: for tests of the repositories alone (a journal uses {@link DigestWriter}). */
    EntryChanges NONE = (ctx, people) -> { };

    /**
     * @param ctx the write's transaction
     * @param people everyone whose interactions or favours the write changed (never empty)
     */
    void changed(DSLContext ctx, Set<UUID> people);

    /**
     * The same, told exactly what changed: the simple writes (one conversation or favour logged,
     * edited, deleted or restored) say so, so that aggregates can be patched rather than rebuilt.
     * Unless told otherwise this is the change to everyone it names.
     *
     * @param ctx the write's transaction
     * @param change the entries the write removed and added
     */
    default void changed(DSLContext ctx, EntryChange change) {
        changed(ctx, change.people());
    }

    /**
     * The same, told by an import, which gathered the timelines of the people it gave their first entries as it
     * wrote them (see {@link ImportedTimelines}). Unless told otherwise this is the change to everyone in it.
     *
     * @param ctx the import's transaction
     * @param imported whose entries the import added to (never empty)
     */
    default void imported(DSLContext ctx, ImportedTimelines imported) {
        changed(ctx, imported.people());
    }
}
