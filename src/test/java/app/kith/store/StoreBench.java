package app.kith.store;

import app.kith.domain.Channel;
import app.kith.domain.Depth;
import app.kith.domain.Interaction;
import app.kith.domain.Person;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;
import static app.kith.store.schema.Tables.INTERACTION;
import static app.kith.store.schema.Tables.INTERACTION_PERSON;
import static org.jooq.impl.DSL.max;

/**
 * Not a test: measures the store on a generated journal, run on demand.
 * {@code java -cp target/test-classes:target/classes:<deps> app.kith.store.StoreBench PEOPLE INTERACTIONS [DIR]}
 * Between timed reads it changes one person and logs one conversation, as a person using Kith would,
 * so that H2's cache of identical query results cannot answer instead of the query.
 */
public final class StoreBench {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final int HEAVY_CONVERSATIONS = 5_000;
    private static final int CHUNK = 50_000;

    private StoreBench() {
    }

    public static void main(String[] args) throws Exception {
        int peopleCount = Integer.parseInt(args[0]);
        int interactionCount = Integer.parseInt(args[1]);
        Path folder = args.length > 2 ? Path.of(args[2]) : Files.createTempDirectory("kith-bench");
        Clock clock = Clock.systemUTC();
        try (Journal journal = Journal.open(folder, clock)) {
            long start = System.nanoTime();
            List<UUID> people = generate(journal, peopleCount, interactionCount, new Random(42));
            System.out.printf("generated %,d people, %,d conversations in %.1f s, file %,d MB (%s)%n", peopleCount,
                    journal.interactions().count(), (System.nanoTime() - start) / 1e9,
                    Files.size(folder.resolve("journal.mv.db")) >> 20, folder);
            measure(journal, people);
        }
    }

    private static void measure(Journal journal, List<UUID> people) {
        Random random = new Random(7);
        UUID heavy = people.get(0);
        Runnable change = () -> {
            Person someone = journal.people().get(people.get(random.nextInt(people.size()))).orElseThrow();
            journal.people().update(someone.toBuilder().tags(List.of("t" + random.nextInt(50))).build());
            journal.interactions().add(Interaction.create(TODAY.minusDays(random.nextInt(3000)), Channel.CALL,
                    Depth.CATCH_UP, null, null, List.of(someone.id()), null));
        };
        time("summaries() cold", 1, () -> { }, () -> journal.people().summaries().size());
        time("summaries() warm", 21, change, () -> journal.people().summaries().size());
        time("  of which the last-conversation aggregate", 21, change, () -> journal.database().read(ctx ->
                ctx.select(INTERACTION_PERSON.PERSON_ID, max(INTERACTION.OCCURRED_ON))
                        .from(INTERACTION.useIndex())
                        .join(INTERACTION_PERSON).on(INTERACTION_PERSON.INTERACTION_ID.eq(INTERACTION.ID))
                        .where(INTERACTION.OCCURRED_ON.le(TODAY))
                        .groupBy(INTERACTION_PERSON.PERSON_ID).fetch().size()));
        time("  the same, as H2 plans it (date index)", 21, change, () -> journal.database().read(ctx ->
                ctx.select(INTERACTION_PERSON.PERSON_ID, max(INTERACTION.OCCURRED_ON))
                        .from(INTERACTION)
                        .join(INTERACTION_PERSON).on(INTERACTION_PERSON.INTERACTION_ID.eq(INTERACTION.ID))
                        .where(INTERACTION.OCCURRED_ON.le(TODAY))
                        .groupBy(INTERACTION_PERSON.PERSON_ID).fetch().size()));
        time("log() one conversation", 201, () -> { }, () -> {
            journal.interactions().add(Interaction.create(TODAY, Channel.CALL, Depth.PERSONAL, null, 20,
                    List.of(people.get(random.nextInt(people.size()))), "bench"));
            return 1;
        });
        time("forPerson(5,000-entry person, first 50)", 21, change,
                () -> journal.interactions().forPerson(heavy, 0, 50).size());
        time("get(person)", 21, change, () -> journal.people().get(heavy).isPresent() ? 1 : 0);
        time("allTags()", 21, change, () -> journal.people().allTags().size());
    }

    /** Runs the read after each change and prints the median and the slowest, in milliseconds. */
    private static void time(String what, int runs, Runnable change, Supplier<Integer> read) {
        double[] millis = new double[runs];
        int size = 0;
        for (int run = 0; run < runs; run++) {
            change.run();
            long start = System.nanoTime();
            size = read.get();
            millis[run] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        System.out.printf("%-42s median %8.2f ms  max %8.2f ms  (%d runs, result size %,d)%n",
                what, millis[runs / 2], millis[runs - 1], runs, size);
    }

    /** Fills the journal with plain JDBC batches: the bench measures reads, not the generator. */
    private static List<UUID> generate(Journal journal, int peopleCount, int interactionCount, Random random) {
        // With WRITE_DELAY=0 every statement of a bulk load writes a chunk, and H2 keeps old chunks for 45 s:
        // the file grows by gigabytes. The usual delay while generating; the journal's own setting after.
        int writeDelay = Integer.getInteger("bench.writeDelay", 500);
        journal.database().transact(ctx -> ctx.execute("SET WRITE_DELAY " + writeDelay));
        List<UUID> people = new ArrayList<>(peopleCount);
        for (int i = 0; i < peopleCount; i++) {
            people.add(new UUID(random.nextLong(), random.nextLong()));
        }
        journal.database().transact(ctx -> ctx.connection(connection -> insertPeople(connection, people, random)));
        // Committed in chunks: one transaction of a million rows would only measure H2's undo log.
        for (int done = 0; done < interactionCount; done += CHUNK) {
            int first = done;
            int count = Math.min(CHUNK, interactionCount - done);
            journal.database().transact(ctx -> ctx.connection(connection ->
                    insertInteractions(connection, people, first, count, random)));
        }
        journal.database().transact(ctx -> ctx.execute("SET WRITE_DELAY 0"));
        journal.database().transact(ctx -> ctx.execute("CHECKPOINT SYNC"));
        return people;
    }

    private static void insertPeople(Connection connection, List<UUID> people, Random random) throws SQLException {
        Timestamp now = Timestamp.valueOf(TODAY.atStartOfDay());
        try (PreparedStatement person = connection.prepareStatement("insert into person (id, name, organization, "
                + "kin, archived, created_at, updated_at) values (?, ?, ?, false, false, ?, ?)");
             PreparedStatement email = connection.prepareStatement(
                     "insert into person_email (person_id, position, email) values (?, ?, ?)");
             PreparedStatement tag = connection.prepareStatement(
                     "insert into person_tag (person_id, tag) values (?, ?)")) {
            for (int i = 0; i < people.size(); i++) {
                UUID id = people.get(i);
                person.setObject(1, id);
                person.setString(2, "Person " + Integer.toString(random.nextInt(1_000_000), 36) + " " + i);
                person.setString(3, i % 3 == 0 ? "Org " + i % 97 : null);
                person.setTimestamp(4, now);
                person.setTimestamp(5, now);
                person.addBatch();
                for (int e = 0; e < 1 + i % 2; e++) {
                    email.setObject(1, id);
                    email.setInt(2, e);
                    email.setString(3, "p" + i + "." + e + "@example.org");
                    email.addBatch();
                }
                for (int t = 0; t < i % 4; t++) {
                    tag.setObject(1, id);
                    tag.setString(2, "tag" + ((i + t * 7) % 40));
                    tag.addBatch();
                }
            }
            person.executeBatch();
            email.executeBatch();
            tag.executeBatch();
        }
    }

    /** Most conversations have one person, some up to four; the first person has HEAVY_CONVERSATIONS. */
    private static void insertInteractions(Connection connection, List<UUID> people, int from, int count,
                                           Random random) throws SQLException {
        Timestamp now = Timestamp.valueOf(TODAY.atStartOfDay());
        String[] channels = {"in-person", "video", "call", "message", "email", "letter", "social"};
        String[] depths = {"small-talk", "catch-up", "personal", "deep"};
        try (PreparedStatement interaction = connection.prepareStatement("insert into interaction (id, occurred_on, "
                + "channel, depth, created_at, updated_at) values (?, ?, ?, ?, ?, ?)");
             PreparedStatement participant = connection.prepareStatement(
                     "insert into interaction_person (interaction_id, person_id) values (?, ?)")) {
            for (int i = from; i < from + count; i++) {
                // Ids in ascending order: random ones would rewrite pages all over the B-trees on every chunk.
                UUID id = new UUID(i, random.nextLong());
                interaction.setObject(1, id);
                interaction.setDate(2, Date.valueOf(TODAY.minusDays(random.nextInt(20 * 365))));
                interaction.setString(3, channels[random.nextInt(channels.length)]);
                interaction.setString(4, depths[random.nextInt(depths.length)]);
                interaction.setTimestamp(5, now);
                interaction.setTimestamp(6, now);
                interaction.addBatch();
                int size = random.nextInt(10) == 0 ? 2 + random.nextInt(3) : 1;
                int first = i < HEAVY_CONVERSATIONS ? 0 : random.nextInt(people.size());
                for (int p = 0; p < size; p++) {
                    participant.setObject(1, id);
                    participant.setObject(2, people.get((first + p * 7919) % people.size()));
                    participant.addBatch();
                }
                if (i % 10_000 == 9_999) {
                    interaction.executeBatch();
                    participant.executeBatch();
                }
            }
            interaction.executeBatch();
            participant.executeBatch();
        }
    }
}
