package app.kith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.domain.Channel;
import app.kith.domain.Depth;
import app.kith.domain.Initiator;
import app.kith.domain.Interaction;
import app.kith.domain.Person;
import app.kith.domain.Ring;
import app.kith.store.Journal;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kith rings}: everyone by ring and the movers, agreeing with {@code kith people} for the same days. */
class RingsCommandTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    private String out;
    private String err;

    /**
     * Ann: 3 calls before 24 Aug, 6 after (ring 50 → 15). Ben: one call 400 days ago, then a small-talk
     * message on 12 Nov (150 → outside). Cat: two calls since (outside → 50). Dan pinned to ring 5, Eve
     * archived, Fay's calls all still to come.
     */
    @BeforeEach
    void journal() {
        try (Journal journal = Journal.open(folder, CLOCK)) {
            calls(journal, person(journal, Person.named("Ann Lee")), 200, 150, 120, 80, 70, 60, 50, 40, 30);
            Person ben = person(journal, Person.named("Ben Ito"));
            calls(journal, ben, 400);
            talk(journal, ben, 10, Depth.SMALL_TALK, Channel.MESSAGE);
            calls(journal, person(journal, Person.named("Cat Roy")), 20, 5);
            person(journal, Person.builder().name("Dan Fox").ring(Ring.FIVE).build());
            calls(journal, person(journal, Person.builder().name("Eve Moss").archived(true).build()), 80, 40, 10);
            calls(journal, person(journal, Person.named("Fay Gold")), -5, -10, -15);
        }
    }

    private static Person person(Journal journal, Person person) {
        journal.people().add(person);
        return person;
    }

    private static void calls(Journal journal, Person person, int... daysAgo) {
        for (int days : daysAgo) {
            talk(journal, person, days, Depth.CATCH_UP, Channel.CALL);
        }
    }

    private static void talk(Journal journal, Person person, int daysAgo, Depth depth, Channel channel) {
        journal.interactions().add(Interaction.create(TODAY.minusDays(daysAgo), channel, depth, Initiator.ME, 30,
                List.of(person.id()), null));
    }

    @Test
    void jsonHasTheAgreedShapeAndTheHandWorkedMoves() throws Exception {
        assertThat(run("rings", "--json")).isZero();

        JsonNode rings = JSON.readTree(out);
        assertThat(fieldNames(rings)).containsExactly("asOf", "since", "rings", "outside", "movedCloser",
                "driftingOut");
        assertThat(rings.get("asOf").asText()).isEqualTo("2026-11-22");
        assertThat(rings.get("since").asText()).isEqualTo("2026-08-24");
        assertThat(fieldNames(rings.get("rings"))).containsExactly("5", "15", "50", "150");
        assertThat(rings.get("rings").get("5")).singleElement().satisfies(dan -> {
            assertThat(fieldNames(dan)).containsExactly("id", "name", "pinned");
            assertThat(dan.get("name").asText()).isEqualTo("Dan Fox");
            assertThat(dan.get("pinned").asBoolean()).isTrue();
        });
        assertThat(names(rings.get("rings").get("15"))).containsExactly("Ann Lee");
        assertThat(names(rings.get("rings").get("50"))).containsExactly("Cat Roy");
        assertThat(rings.get("rings").get("150")).isEmpty();
        // Ben and Fay; Eve is archived and takes no part.
        assertThat(rings.get("outside").asInt()).isEqualTo(2);
        assertThat(names(rings.get("movedCloser"))).containsExactly("Ann Lee", "Cat Roy");
        JsonNode ann = rings.get("movedCloser").get(0);
        assertThat(fieldNames(ann)).containsExactly("id", "name", "from", "to", "reason");
        assertThat(ann.get("from").asInt()).isEqualTo(50);
        assertThat(ann.get("to").asInt()).isEqualTo(15);
        assertThat(ann.get("reason").asText()).isEqualTo("9 catch-ups or deeper talks in the year up to 23 Oct; was 3");
        assertThat(rings.get("movedCloser").get(1).get("from").isNull()).isTrue();
        assertThat(rings.get("driftingOut")).singleElement().satisfies(ben -> {
            assertThat(ben.get("name").asText()).isEqualTo("Ben Ito");
            assertThat(ben.get("from").asInt()).isEqualTo(150);
            assertThat(ben.get("to").isNull()).isTrue();
        });
        assertThat(err).isEmpty();
    }

    @Test
    void atTwoDatesTheRingsAndMovesAgreeWithPeople() throws Exception {
        for (String day : List.of("2026-11-22", "2026-09-30")) {
            assertThat(run("rings", "--json", "--as-of", day)).isZero();
            JsonNode rings = JSON.readTree(out);
            Map<String, JsonNode> now = people(day);
            Map<String, JsonNode> then = people(LocalDate.parse(day).minusDays(90).toString());
            assertThat(rings.get("since").asText()).isEqualTo(LocalDate.parse(day).minusDays(90).toString());

            for (String ring : List.of("5", "15", "50", "150")) {
                List<String> expected = now.values().stream()
                        .filter(person -> person.get("ring").asText().equals(ring))
                        .map(person -> person.get("name").asText()).sorted().toList();
                assertThat(names(rings.get("rings").get(ring))).as("ring " + ring + " on " + day)
                        .containsExactlyElementsOf(expected);
                for (JsonNode member : rings.get("rings").get(ring)) {
                    JsonNode person = now.get(member.get("id").asText());
                    assertThat(member.get("pinned").asBoolean()).isEqualTo(!person.get("pinnedRing").isNull());
                }
            }
            assertThat(rings.get("outside").asLong())
                    .isEqualTo(now.values().stream().filter(person -> person.get("ring").isNull()).count());

            List<String> moved = new ArrayList<>();
            for (String list : List.of("movedCloser", "driftingOut")) {
                for (JsonNode move : rings.get(list)) {
                    String id = move.get("id").asText();
                    moved.add(id);
                    assertThat(move.get("from")).isEqualTo(then.get(id).get("ring"));
                    assertThat(move.get("to")).isEqualTo(now.get(id).get("ring"));
                    boolean closer = reach(move.get("to")) < reach(move.get("from"));
                    assertThat(closer).as(move.get("name").asText()).isEqualTo(list.equals("movedCloser"));
                }
            }
            List<String> changed = now.keySet().stream()
                    .filter(id -> !now.get(id).get("ring").equals(then.get(id).get("ring"))).toList();
            assertThat(moved).as("movers on " + day).containsExactlyInAnyOrderElementsOf(changed);
        }
    }

    @Test
    void onTheEarlierDateAnnWasInRingFiftyAndNobodyMoved() throws Exception {
        // As of 30 Sep Ann had 6 calls (ring 50), 2 of them by 2 Jul, 90 days before: ring 50 then too.
        assertThat(run("rings", "--json", "--as-of", "2026-09-30")).isZero();

        JsonNode rings = JSON.readTree(out);
        assertThat(names(rings.get("rings").get("50"))).containsExactly("Ann Lee");
        assertThat(names(rings.get("rings").get("150"))).containsExactly("Ben Ito");
        assertThat(rings.get("movedCloser")).isEmpty();
        assertThat(rings.get("driftingOut")).isEmpty();
    }

    @Test
    void theTableListsTheRingsAndTheMovesWithTheirReasons() {
        assertThat(run("rings")).isZero();

        assertThat(out).startsWith("Rings as of 2026-11-22 (moves since 2026-08-24)")
                .contains("Ring 5 · Close · 1 person", "  Dan Fox (pinned)", "Ring 15 · Good friends · 1 person",
                        "Outside the rings: 2 people", "Moved closer (2)", "Drifting out (1)")
                .containsPattern("Ann Lee +50 → 15 +9 catch-ups or deeper talks in the year up to 23 Oct; was 3")
                .containsPattern("Ben Ito +150 → outside +No catch-ups");
    }

    @Test
    void readingTheRingsLeavesTheJournalFileByteForByte() throws Exception {
        Path file = folder.resolve("journal.mv.db");
        byte[] before = Files.readAllBytes(file);

        assertThat(run("rings", "--json", "--as-of", "2026-10-01")).isZero();
        assertThat(run("rings")).isZero();

        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void aBadDateIsAWrongCommandLine() {
        assertThat(run("rings", "--as-of", "yesterday")).isEqualTo(2);

        assertThat(err).contains("'yesterday' is not a date; write it as YYYY-MM-DD").doesNotContain("Exception");
        assertThat(out).isEmpty();
    }

    private static int reach(JsonNode ring) {
        return ring.isNull() ? Integer.MAX_VALUE : ring.asInt();
    }

    /** {@code kith people --json --as-of DAY}, by id. */
    private Map<String, JsonNode> people(String day) throws Exception {
        assertThat(run("people", "--json", "--as-of", day)).isZero();
        Map<String, JsonNode> byId = new HashMap<>();
        JSON.readTree(out).forEach(person -> byId.put(person.get("id").asText(), person));
        return byId;
    }

    private static List<String> names(JsonNode list) {
        List<String> names = new ArrayList<>();
        list.forEach(item -> names.add(item.get("name").asText()));
        return names;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }

    private int run(String... args) {
        List<String> all = new ArrayList<>(List.of("--data-dir", folder.toString()));
        all.addAll(List.of(args));
        StringWriter outText = new StringWriter();
        StringWriter errText = new StringWriter();
        int exitCode = new KithCli(CLOCK, dataFolder -> { }).run(all.toArray(String[]::new),
                new PrintWriter(outText), new PrintWriter(errText));
        out = outText.toString();
        err = errText.toString();
        return exitCode;
    }
}
