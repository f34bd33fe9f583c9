package app.kith.store;

import app.kith.domain.Favour;
import app.kith.domain.FollowUp;
import app.kith.domain.Interaction;
import app.kith.domain.Person;
import app.kith.domain.Review;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import static app.kith.store.schema.Tables.FAVOUR;
import static app.kith.store.schema.Tables.FOLLOW_UP;
import static app.kith.store.schema.Tables.INTERACTION;
import static app.kith.store.schema.Tables.REVIEW;

/**
 * Brings a whole content into the journal in ONE transaction: all of it or, when anything is refused,
 * none of it. Entries are matched by id, so that importing the same content twice changes nothing the
 * second time: a person already in the journal takes the imported fields; a conversation, favour,
 * follow-up or review already in the journal is kept as it is and the imported one skipped.
 *
 * <p>New rows go in as JDBC batches ({@link BulkWriter#within}) on the transaction's own connection,
 * beside the jOOQ updates of people already present.
 */
final class ContentImport {

    private final Database database;
    private final Clock clock;
    private final EntryChanges changes;

    ContentImport(Database database, Clock clock, EntryChanges changes) {
        this.database = database;
        this.clock = clock;
        this.changes = changes;
    }

    ImportOutcome apply(JournalContent content, ImportProgress progress) {
        return database.transaction(ctx -> ctx.connectionResult(connection -> {
            try (BulkWriter writer = BulkWriter.within(database, connection)) {
                return write(ctx, new Steps(writer, progress, content), content);
            }
        }));
    }

    private ImportOutcome write(DSLContext ctx, Steps steps, JournalContent content) {
        LocalDateTime now = LocalDateTime.now(clock);
        Map<UUID, Person> present = PersonLoader.all(ctx).stream()
                .collect(Collectors.toMap(Person::id, Function.identity()));
        int added = 0;
        int updated = 0;
        for (Person person : content.people()) {
            Person before = present.get(person.id());
            if (before == null) {
                steps.add(() -> steps.writer.add(person, now));
                added++;
            } else if (!sameDetails(before, person)) {
                PersonRows.update(ctx, person, now);
                updated++;
            }
        }
        Set<UUID> affected = new LinkedHashSet<>();
        List<Interaction> interactions = absent(ctx, content.interactions(), Interaction::id, INTERACTION, INTERACTION.ID);
        interactions.forEach(i -> steps.add(() -> {
            steps.writer.add(i, now);
            affected.addAll(i.people());
        }));
        List<Favour> favours = absent(ctx, content.favours(), Favour::id, FAVOUR, FAVOUR.ID);
        favours.forEach(f -> steps.add(() -> {
            steps.writer.add(f, now);
            affected.add(f.person());
        }));
        List<FollowUp> followUps = absent(ctx, content.followUps(), FollowUp::id, FOLLOW_UP, FOLLOW_UP.ID);
        followUps.forEach(f -> steps.add(() -> steps.writer.add(f, now)));
        List<Review> reviews = absent(ctx, content.reviews(), Review::id, REVIEW, REVIEW.ID);
        reviews.forEach(r -> steps.add(() -> steps.writer.add(r, now)));
        steps.writer.send();
        steps.scoring();
        if (!affected.isEmpty()) {
            // The aggregates of everyone whose conversations or favours arrived, in this same transaction.
            // A digest writer may prefer one full rebuild for a large import: this is the call site for it.
            changes.changed(ctx, affected);
        }
        steps.checkStop();
        int entries = content.interactions().size() + content.favours().size() + content.followUps().size()
                + content.reviews().size();
        int entriesAdded = interactions.size() + favours.size() + followUps.size() + reviews.size();
        return new ImportOutcome(added, updated, content.people().size() - added - updated, interactions.size(),
                favours.size(), followUps.size(), reviews.size(), entries - entriesAdded);
    }

    /** The entries whose id is not in the journal yet. */
    private static <T> List<T> absent(DSLContext ctx, List<T> entries, Function<T, UUID> idOf, Table<?> table,
                                      Field<UUID> id) {
        Set<UUID> present = ids(ctx, table, id);
        return entries.stream().filter(entry -> !present.contains(idOf.apply(entry))).toList();
    }

    /** Tags are a set in the journal: their order in an archive is no change. */
    private static boolean sameDetails(Person stored, Person imported) {
        List<String> tags = imported.tags().stream().sorted(PersonLoader.TAG_ORDER).toList();
        return stored.equals(imported.toBuilder().tags(tags).build());
    }

    private static Set<UUID> ids(DSLContext ctx, Table<?> table, Field<UUID> id) {
        return new HashSet<>(ctx.select(id).from(table).fetch(id));
    }

    /**
     * Counts the rows handed to the writer, tells the progress every {@value #REPORT_EVERY} of them, and
     * stops (rolling the transaction back) when asked. The total is an upper bound: entries already in
     * the journal are not written, so the count may end short of it.
     */
    private static final class Steps {
        private static final int REPORT_EVERY = 1_000;

        private final BulkWriter writer;
        private final ImportProgress progress;
        private final long total;
        private long done;

        Steps(BulkWriter writer, ImportProgress progress, JournalContent content) {
            this.writer = writer;
            this.progress = progress;
            this.total = (long) content.people().size() + content.interactions().size() + content.favours().size()
                    + content.followUps().size() + content.reviews().size();
            progress.saving(0, total);
        }

        void add(Runnable write) {
            write.run();
            done++;
            if (done % REPORT_EVERY == 0) {
                checkStop();
                progress.saving(done, total);
            }
        }

        void scoring() {
            checkStop();
            progress.saving(total, total);
            progress.scoring();
        }

        void checkStop() {
            if (progress.stopRequested()) {
                throw new ImportStopped();
            }
        }
    }
}
