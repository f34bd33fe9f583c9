package app.kith.store;

import app.kith.domain.Channel;
import app.kith.domain.Depth;
import app.kith.domain.Favour;
import app.kith.domain.FavourDirection;
import app.kith.domain.FavourKind;
import app.kith.domain.FavourSize;
import app.kith.domain.FavourStatus;
import app.kith.domain.Initiator;
import app.kith.domain.Interaction;
import app.kith.domain.Person;
import app.kith.insight.HalfLife;
import app.kith.insight.JournalInsight;
import app.kith.insight.PersonInsight;
import app.kith.insight.PersonTimeline;
import app.kith.insight.TimelineCodec;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.jooq.Record;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import static app.kith.store.schema.Tables.PERSON_DIGEST;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Incremental = full recompute: seeded random sequences of every kind of write (logs, back-dated and
 * planned entries, edits that change a conversation's people, deletions and their undo, favours
 * added, moved, kept and deleted, people deleted with their entries and restored, two people merged and
 * parted again) leave exactly the digests a full recompute writes, and the timelines the domain records
 * themselves give; and the scores read after each write, the counts the Fading status compares included,
 * are those a full recompute gives.
 */
class DigestPropertyTest extends JournalTest {

    private static final int PEOPLE = 6;
    private static final int STEPS = 120;

    private Random random;
    private final List<Person> people = new ArrayList<>();
    private final List<UUID> interactions = new ArrayList<>();
    private final List<UUID> favours = new ArrayList<>();
    private final List<DeletedInteraction> deleted = new ArrayList<>();
    private final List<DeletedConversation> deletedWhole = new ArrayList<>();
    private boolean halfYearsBothCounted;

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void everySequenceOfWritesKeepsTheDigestsAFullRecomputeWouldWrite(long seed) {
        random = new Random(seed);
        for (int i = 0; i < PEOPLE; i++) {
            people.add(addPerson("Person " + i));
        }
        for (int step = 0; step < STEPS; step++) {
            step();
            // Read after every write, as the window does: the scores kept between readings must follow.
            JournalInsight kept = journal.scores().asOf(TODAY);
            JournalInsight afresh = scoredAfresh(kept);
            // What the Fading status compares first, for a failure that says which; then everything.
            assertThat(drift(kept)).as("Depth of T - 180 and the half years' counts after step %d", step)
                    .isEqualTo(drift(afresh));
            assertThat(kept.people()).as("scores after step %d", step).isEqualTo(afresh.people());
            halfYearsBothCounted |= kept.people().stream().anyMatch(person ->
                    person.evidence().meaningfulRecent() > 0 && person.evidence().meaningfulBefore() > 0);
            // And as the next process would read them: from the scores kept in the journal.
            assertThat(nextProcess().asOf(TODAY).people()).as("kept scores after step %d", step)
                    .isEqualTo(kept.people());
            if (step % 20 == 19) {
                assertThat(journal.digests().stored()).as("after step %d", step)
                        .isEqualTo(journal.digests().recomputed())
                        .isEqualTo(fromDomainRecords());
            }
        }
        assertThat(halfYearsBothCounted).as("someone had meaningful talks in both half years").isTrue();
        Map<UUID, List<Object>> incremental = digestRows();
        assertThat(incremental).isNotEmpty();
        journal.digests().rebuildAll(DigestProgress.NONE);
        assertThat(digestRows()).as("every column, byte for byte").isEqualTo(incremental);
    }

    /** The path a write takes when a stored timeline cannot simply be patched: it is rebuilt from the rows. */
    @Test
    void aDigestOutOfStepWithTheEntriesIsRebuiltByTheNextWriteToThem() {
        random = new Random(9);
        Person missing = addPerson("Missing");
        Person unreadable = addPerson("Unreadable");
        Person lacking = addPerson("Lacking");
        Interaction dinner = new Interaction(UUID.randomUUID(), TODAY, null, Channel.IN_PERSON, Depth.DEEP, null, 90,
                List.of(missing.id(), unreadable.id(), lacking.id()), null);
        journal.interactions().add(dinner);
        journal.interactions().add(new Interaction(UUID.randomUUID(), TODAY.minusDays(3), null, Channel.CALL,
                Depth.CATCH_UP, null, null, List.of(lacking.id()), null));
        people.addAll(List.of(missing, unreadable, lacking));
        Favour lent = favour(UUID.randomUUID(), null);
        journal.favours().add(lent);
        journal.database().transact(ctx -> {
            ctx.deleteFrom(PERSON_DIGEST).where(PERSON_DIGEST.PERSON_ID.eq(missing.id())).execute();
            ctx.update(PERSON_DIGEST).set(PERSON_DIGEST.INTERACTIONS, new byte[] {9})
                    .where(PERSON_DIGEST.PERSON_ID.eq(unreadable.id())).execute();
            ctx.update(PERSON_DIGEST).set(PERSON_DIGEST.INTERACTIONS, TimelineCodec.encodeInteractions(PersonTimeline.empty(lacking.id())))
                    .where(PERSON_DIGEST.PERSON_ID.eq(lacking.id())).execute();
        });

        journal.interactions().delete(dinner.id());

        assertThat(journal.digests().stored()).isEqualTo(journal.digests().recomputed())
                .isEqualTo(fromDomainRecords());
    }

    private void step() {
        int choice = random.nextInt(100);
        if (choice < 30 || interactions.isEmpty()) {
            Interaction talk = conversation(UUID.randomUUID());
            List<Favour> withIt = random.nextInt(4) == 0 ? List.of(favour(UUID.randomUUID(), talk.id())) : List.of();
            journal.interactions().log(talk, withIt, null);
            interactions.add(talk.id());
            withIt.forEach(favour -> favours.add(favour.id()));
        } else if (choice < 40) {
            journal.interactions().update(conversation(pick(interactions)));
        } else if (choice < 45) {
            reviseWithFavours(pick(interactions));
        } else if (choice < 55) {
            UUID id = pick(interactions);
            deleted.add(journal.interactions().delete(id));
            interactions.remove(id);
        } else if (choice < 62 && !deleted.isEmpty()) {
            DeletedInteraction back = deleted.remove(random.nextInt(deleted.size()));
            journal.interactions().restore(back);
            interactions.add(back.interaction().id());
        } else if (choice < 75 || favours.isEmpty()) {
            Favour favour = favour(UUID.randomUUID(), null);
            journal.favours().add(favour);
            favours.add(favour.id());
        } else if (choice < 85) {
            journal.favours().update(favour(pick(favours), null));
        } else if (choice < 92) {
            UUID id = pick(favours);
            journal.favours().delete(id);
            favours.remove(id);
        } else if (choice < 95) {
            deleteWithFavoursOrUndo();
        } else if (choice < 97) {
            removeAndRestoreSomeone();
        } else {
            mergeTwoAndUndo();
        }
    }

    /** The Log dialog's edit: the conversation rewritten, one favour kept and changed, others dropped, one added. */
    private void reviseWithFavours(UUID id) {
        Interaction talk = conversation(id);
        List<Favour> linked = journal.favours().forInteraction(id);
        List<Favour> after = new ArrayList<>();
        if (!linked.isEmpty()) {
            after.add(favour(linked.get(0).id(), id));
        }
        if (random.nextBoolean()) {
            after.add(favour(UUID.randomUUID(), id));
        }
        journal.interactions().revise(List.of(), talk, after, null);
        linked.forEach(favour -> favours.remove(favour.id()));
        after.forEach(favour -> favours.add(favour.id()));
    }

    /** The Log dialog's delete (a conversation with its favours), or the undo of an earlier one. */
    private void deleteWithFavoursOrUndo() {
        if (!deletedWhole.isEmpty() && random.nextBoolean()) {
            DeletedConversation back = deletedWhole.remove(random.nextInt(deletedWhole.size()));
            journal.interactions().restore(back);
            interactions.add(back.interaction().id());
            back.favours().forEach(favour -> favours.add(favour.id()));
        } else if (!interactions.isEmpty()) {
            UUID id = pick(interactions);
            DeletedConversation gone = journal.interactions().deleteWithFavours(id);
            deletedWhole.add(gone);
            interactions.remove(id);
            gone.favours().forEach(favour -> favours.remove(favour.id()));
        }
    }

    /** A person deleted with their entries, checked, and brought back by undo. */
    private void removeAndRestoreSomeone() {
        Person someone = people.get(random.nextInt(people.size()));
        PersonRemoval removal = journal.people().deleteWithEntries(someone.id());
        assertThat(journal.digests().stored()).as("with %s deleted", someone.name())
                .isEqualTo(journal.digests().recomputed())
                .doesNotContainKey(someone.id());
        journal.people().restore(removal);
    }

    /** Two people merged (their shared conversations keeping one of them), checked, and parted again by undo. */
    private void mergeTwoAndUndo() {
        Person keep = people.get(random.nextInt(people.size()));
        Person other = people.get(random.nextInt(people.size()));
        if (keep.equals(other)) {
            return;
        }
        PersonMergeUndo merge = journal.merges().merge(keep.id(), other.id());
        assertThat(journal.digests().stored()).as("with %s merged into %s", other.name(), keep.name())
                .isEqualTo(journal.digests().recomputed())
                .isEqualTo(fromDomainRecords())
                .doesNotContainKey(other.id());
        JournalInsight merged = journal.scores().asOf(TODAY);
        assertThat(merged.people()).isEqualTo(scoredAfresh(merged).people());
        journal.merges().undo(merge);
    }

    private Interaction conversation(UUID id) {
        List<UUID> who = new ArrayList<>();
        int size = 1 + random.nextInt(random.nextInt(5) == 0 ? 4 : 1);
        while (who.size() < size) {
            UUID person = people.get(random.nextInt(people.size())).id();
            if (!who.contains(person)) {
                who.add(person);
            }
        }
        Initiator[] initiators = Initiator.values();
        int initiator = random.nextInt(initiators.length + 1);
        return new Interaction(id, day(), null, oneOf(Channel.values()), oneOf(Depth.values()),
                initiator == initiators.length ? null : initiators[initiator],
                random.nextBoolean() ? null : random.nextInt(240), who, null);
    }

    private Favour favour(UUID id, UUID interaction) {
        return new Favour(id, day(), people.get(random.nextInt(people.size())).id(), oneOf(FavourDirection.values()),
                oneOf(FavourSize.values()), oneOf(FavourKind.values()), null, oneOf(FavourStatus.values()),
                interaction);
    }

    /** Mostly the last two years; some back-dated by decades, some planned for next month. */
    private LocalDate day() {
        int kind = random.nextInt(10);
        if (kind == 0) {
            return TODAY.minusYears(10 + random.nextInt(20));
        }
        if (kind == 1) {
            return TODAY.plusDays(1 + random.nextInt(30));
        }
        return TODAY.minusDays(random.nextInt(730));
    }

    private <T> T oneOf(T[] values) {
        return values[random.nextInt(values.length)];
    }

    private UUID pick(List<UUID> ids) {
        return ids.get(random.nextInt(ids.size()));
    }

    /** The same people scored from the journal's domain records, with nothing kept from an earlier reading. */
    private JournalInsight scoredAfresh(JournalInsight kept) {
        List<Person> scored = kept.people().stream().map(PersonInsight::person).toList();
        return JournalInsight.compute(scored, fromDomainRecords(), journal.followUps().dueBy(TODAY), Map.of(), TODAY,
                new HalfLife(journal.settings().halfLifeDays()));
    }

    /** Per person: Depth as of T − 180 and the meaningful talks of the last half year and the one before. */
    private static Map<UUID, List<Integer>> drift(JournalInsight insight) {
        Map<UUID, List<Integer>> drift = new HashMap<>();
        for (PersonInsight person : insight.people()) {
            drift.put(person.id(), List.of(person.depthBefore(), person.evidence().meaningfulRecent(),
                    person.evidence().meaningfulBefore()));
        }
        return drift;
    }

    private JournalScores nextProcess() {
        return new JournalScores(journal.database(), journal.reviews(), journal.settings(), clock);
    }

    /** The timelines the domain records give, read through the repositories, not the digests. */
    private Map<UUID, PersonTimeline> fromDomainRecords() {
        Map<UUID, PersonTimeline> timelines = new HashMap<>();
        for (Person person : journal.people().all()) {
            PersonTimeline timeline = PersonTimeline.of(person.id(),
                    journal.interactions().forPerson(person.id(), 0, Integer.MAX_VALUE),
                    journal.favours().forPerson(person.id()));
            if (!timeline.isEmpty()) {
                timelines.put(person.id(), timeline);
            }
        }
        return timelines;
    }

    private Map<UUID, List<Object>> digestRows() {
        Map<UUID, List<Object>> rows = new HashMap<>();
        for (Record row : journal.database().read(ctx -> ctx.selectFrom(PERSON_DIGEST).fetch())) {
            rows.put(row.get(PERSON_DIGEST.PERSON_ID), List.of(row.get(PERSON_DIGEST.INTERACTION_COUNT),
                    row.get(PERSON_DIGEST.FAVOUR_COUNT), String.valueOf(row.get(PERSON_DIGEST.FIRST_ON)),
                    String.valueOf(row.get(PERSON_DIGEST.LAST_ON)),
                    List.of(java.util.HexFormat.of().formatHex(nonNull(row.get(PERSON_DIGEST.INTERACTIONS))),
                            java.util.HexFormat.of().formatHex(nonNull(row.get(PERSON_DIGEST.FAVOURS))))));
        }
        return rows;
    }

    private static byte[] nonNull(byte[] bytes) {
        return bytes == null ? new byte[0] : bytes;
    }
}
