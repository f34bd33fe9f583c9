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

    ImportOutcome apply(JournalContent content) {
        return database.transaction(ctx -> ctx.connectionResult(connection -> {
            try (BulkWriter writer = BulkWriter.within(database, connection)) {
                return write(ctx, writer, content);
            }
        }));
    }

    private ImportOutcome write(DSLContext ctx, BulkWriter writer, JournalContent content) {
        LocalDateTime now = LocalDateTime.now(clock);
        Map<UUID, Person> present = PersonLoader.all(ctx).stream()
                .collect(Collectors.toMap(Person::id, Function.identity()));
        int added = 0;
        int updated = 0;
        for (Person person : content.people()) {
            Person before = present.get(person.id());
            if (before == null) {
                writer.add(person, now);
                added++;
            } else if (!sameDetails(before, person)) {
                PersonRows.update(ctx, person, now);
                updated++;
            }
        }
        Set<UUID> affected = new LinkedHashSet<>();
        Set<UUID> interactionIds = ids(ctx, INTERACTION, INTERACTION.ID);
        List<Interaction> interactions = content.interactions().stream()
                .filter(i -> !interactionIds.contains(i.id())).toList();
        interactions.forEach(i -> {
            writer.add(i, now);
            affected.addAll(i.people());
        });
        Set<UUID> favourIds = ids(ctx, FAVOUR, FAVOUR.ID);
        List<Favour> favours = content.favours().stream().filter(f -> !favourIds.contains(f.id())).toList();
        favours.forEach(f -> {
            writer.add(f, now);
            affected.add(f.person());
        });
        Set<UUID> followUpIds = ids(ctx, FOLLOW_UP, FOLLOW_UP.ID);
        List<FollowUp> followUps = content.followUps().stream().filter(f -> !followUpIds.contains(f.id())).toList();
        followUps.forEach(f -> writer.add(f, now));
        Set<UUID> reviewIds = ids(ctx, REVIEW, REVIEW.ID);
        List<Review> reviews = content.reviews().stream().filter(r -> !reviewIds.contains(r.id())).toList();
        reviews.forEach(r -> writer.add(r, now));
        writer.send();
        if (!affected.isEmpty()) {
            // The aggregates of everyone whose conversations or favours arrived, in this same transaction.
            // A digest writer may prefer one full rebuild for a large import: this is the call site for it.
            changes.changed(ctx, affected);
        }
        int entries = content.interactions().size() + content.favours().size() + content.followUps().size()
                + content.reviews().size();
        int entriesAdded = interactions.size() + favours.size() + followUps.size() + reviews.size();
        return new ImportOutcome(added, updated, content.people().size() - added - updated, interactions.size(),
                favours.size(), followUps.size(), reviews.size(), entries - entriesAdded);
    }

    /** Tags are a set in the journal: their order in an archive is no change. */
    private static boolean sameDetails(Person stored, Person imported) {
        List<String> tags = imported.tags().stream().sorted(PersonLoader.TAG_ORDER).toList();
        return stored.equals(imported.toBuilder().tags(tags).build());
    }

    private static Set<UUID> ids(DSLContext ctx, Table<?> table, Field<UUID> id) {
        return new HashSet<>(ctx.select(id).from(table).fetch(id));
    }
}
