package app.kith.store;

import app.kith.domain.Favour;
import app.kith.domain.Interaction;
import app.kith.insight.TimelineBuilder;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import static app.kith.store.schema.Tables.FAVOUR;
import static app.kith.store.schema.Tables.INTERACTION_PERSON;

/**
 * Whose scores an import changes, and for the people it gives their first entries, their timelines gathered
 * from the entries as they are written. Their digests need not be read back from the rows the import has
 * just written: on H2, reading a large transaction's own rows back and merging each digest took about as
 * long as writing the rows. An import only adds conversations with all their people, so no conversation
 * already in the journal changes its group size: the people who had entries before are the only ones whose
 * timeline needs their rows ({@link #others()}).
 */
final class ImportedTimelines {

    private final Set<UUID> hadEntries;
    private final Map<UUID, TimelineBuilder> fresh = new HashMap<>();
    private final Set<UUID> others = new LinkedHashSet<>();

    private ImportedTimelines(Set<UUID> hadEntries) {
        this.hadEntries = hadEntries;
    }

    /** Before anything is written: learns who has entries in the journal already. */
    static ImportedTimelines before(DSLContext ctx) {
        Set<UUID> hadEntries = new HashSet<>(ctx.selectDistinct(INTERACTION_PERSON.PERSON_ID).from(INTERACTION_PERSON)
                .fetch(INTERACTION_PERSON.PERSON_ID));
        hadEntries.addAll(ctx.selectDistinct(FAVOUR.PERSON_ID).from(FAVOUR).fetch(FAVOUR.PERSON_ID));
        return new ImportedTimelines(hadEntries);
    }

    /** A new conversation, as it counts for each of its people. */
    void add(Interaction interaction) {
        int groupSize = interaction.people().size();
        for (UUID person : interaction.people()) {
            TimelineBuilder builder = builder(person);
            if (builder != null) {
                builder.interaction(interaction.date(), interaction.depth(), interaction.channel(),
                        interaction.initiatedBy(), interaction.minutes(), groupSize);
            }
        }
    }

    void add(Favour favour) {
        TimelineBuilder builder = builder(favour.person());
        if (builder != null) {
            builder.favour(favour.date(), favour.direction(), favour.size(), favour.status());
        }
    }

    /** The builder of a person without entries before this import, or null (then they are one of the others). */
    private TimelineBuilder builder(UUID person) {
        if (hadEntries.contains(person)) {
            others.add(person);
            return null;
        }
        return fresh.computeIfAbsent(person, TimelineBuilder::new);
    }

    /** The timelines of the people whose every entry this import brought, emptied as they are taken. */
    Map<UUID, TimelineBuilder> fresh() {
        return fresh;
    }

    /** The people with entries before the import to whom it added some: their timelines are read from the rows. */
    Set<UUID> others() {
        return others;
    }

    /** Everyone whose conversations or favours the import added to. */
    Set<UUID> people() {
        Set<UUID> people = new LinkedHashSet<>(others);
        people.addAll(fresh.keySet());
        return people;
    }

    boolean isEmpty() {
        return fresh.isEmpty() && others.isEmpty();
    }
}
