package app.kith.store;

import app.kith.domain.Favour;
import app.kith.domain.FollowUp;
import app.kith.domain.Interaction;
import app.kith.domain.Person;
import app.kith.domain.Review;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
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

    ImportOutcome apply(ImportEntries content, ImportProgress progress) {
        return database.transaction(ctx -> ctx.connectionResult(connection -> {
            try (BulkWriter writer = BulkWriter.within(database, connection)) {
                return write(ctx, new Steps(writer, progress, content.size()), content);
            }
        }));
    }

    /** Takes the entries one by one as the content hands them over: nothing of it is held but the ids touched. */
    private ImportOutcome write(DSLContext ctx, Steps steps, ImportEntries content) {
        LocalDateTime now = LocalDateTime.now(clock);
        Map<UUID, Person> present = PersonLoader.all(ctx).stream()
                .collect(Collectors.toMap(Person::id, Function.identity()));
        Tally people = new Tally();
        int[] updated = {0};
        content.people(person -> {
            people.seen++;
            Person before = present.get(person.id());
            if (before == null) {
                steps.add(() -> steps.writer.add(person, now));
                people.added++;
            } else if (!sameDetails(before, person)) {
                PersonRows.update(ctx, person, now);
                updated[0]++;
            }
        });
        ImportedTimelines affected = ImportedTimelines.before(ctx);
        Tally interactions = absent(ctx, content::interactions, Interaction::id, INTERACTION, INTERACTION.ID, i ->
                steps.add(() -> {
                    steps.writer.add(i, now);
                    affected.add(i);
                }));
        Tally favours = absent(ctx, content::favours, Favour::id, FAVOUR, FAVOUR.ID, f -> steps.add(() -> {
            steps.writer.add(f, now);
            affected.add(f);
        }));
        Tally followUps = absent(ctx, content::followUps, FollowUp::id, FOLLOW_UP, FOLLOW_UP.ID,
                f -> steps.add(() -> steps.writer.add(f, now)));
        Tally reviews = absent(ctx, content::reviews, Review::id, REVIEW, REVIEW.ID,
                r -> steps.add(() -> steps.writer.add(r, now)));
        steps.writer.send();
        steps.scoring();
        if (!affected.isEmpty()) {
            // The aggregates of everyone whose conversations or favours arrived, in this same transaction.
            changes.imported(ctx, affected);
        }
        steps.checkStop();
        int skipped = interactions.skipped() + favours.skipped() + followUps.skipped() + reviews.skipped();
        return new ImportOutcome(people.added, updated[0], people.seen - people.added - updated[0], interactions.added,
                favours.added, followUps.added, reviews.added, skipped);
    }

    /** Hands on the entries whose id is not in the journal yet, and counts what it saw and what it handed on. */
    private static <T> Tally absent(DSLContext ctx, Consumer<Consumer<T>> entries, Function<T, UUID> idOf,
                                    Table<?> table, Field<UUID> id, Consumer<T> write) {
        Set<UUID> present = ids(ctx, table, id);
        Tally tally = new Tally();
        entries.accept(entry -> {
            tally.seen++;
            if (!present.contains(idOf.apply(entry))) {
                write.accept(entry);
                tally.added++;
            }
        });
        return tally;
    }

    /** Entries of one kind: how many came, how many were new. */
    private static final class Tally {
        private int seen;
        private int added;

        int skipped() {
            return seen - added;
        }
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

        Steps(BulkWriter writer, ImportProgress progress, long total) {
            this.writer = writer;
            this.progress = progress;
            this.total = total;
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
