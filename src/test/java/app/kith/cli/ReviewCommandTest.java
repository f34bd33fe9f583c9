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
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kith review} as a person at a terminal, or a script reading its JSON, sees it. */
class ReviewCommandTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @TempDir
    Path folder;

    private Person ann;
    private Person ben;
    private String out;
    private String err;

    /** Ann is three cadences overdue in ring 15, Ben two in ring 50; Cat is on track, Eve let go. */
    @BeforeEach
    void journal() {
        try (Journal journal = Journal.open(folder, CLOCK)) {
            ann = person(journal, "Ann Lee", Ring.FIFTEEN, false, 90);
            ben = person(journal, "Ben Ito", Ring.FIFTY, false, 60);
            person(journal, "Cat Roy", Ring.FIFTEEN, false, 5);
            person(journal, "Eve Moss", Ring.FIFTEEN, true, 200);
        }
    }

    private static Person person(Journal journal, String name, Ring ring, boolean archived, int daysAgo) {
        Person person = Person.builder().name(name).ring(ring).cadenceDays(30).archived(archived).build();
        journal.people().add(person);
        journal.interactions().add(Interaction.create(TODAY.minusDays(daysAgo), Channel.CALL, Depth.PERSONAL,
                Initiator.ME, 30, List.of(person.id()), null));
        return person;
    }

    @Test
    void jsonListsWhoIsDueHighestPriorityFirstWithTheAgreedFields() throws Exception {
        assertThat(run("review", "--json")).isZero();

        JsonNode review = new ObjectMapper().readTree(out);
        assertThat(review.isArray()).isTrue();
        assertThat(review).hasSize(2);
        JsonNode first = review.get(0);
        assertThat(fieldNames(first)).containsExactly("id", "name", "priority", "overdueRatio", "cadenceDays", "ring",
                "reason");
        assertThat(first.get("id").asText()).isEqualTo(ann.id().toString());
        assertThat(first.get("name").asText()).isEqualTo("Ann Lee");
        assertThat(first.get("overdueRatio").asDouble()).isEqualTo(3.0);
        assertThat(first.get("cadenceDays").asDouble()).isEqualTo(30.0);
        assertThat(first.get("ring").asInt()).isEqualTo(15);
        assertThat(first.get("priority").asDouble()).isEqualTo(8.0);     // 4 × log2(1 + 3)
        assertThat(first.get("reason").asText()).contains("90 days since you talked");
        JsonNode second = review.get(1);
        assertThat(second.get("id").asText()).isEqualTo(ben.id().toString());
        assertThat(second.get("priority").asDouble()).isLessThan(first.get("priority").asDouble());
        assertThat(err).isEmpty();
    }

    @Test
    void limitKeepsTheFirstOnes() throws Exception {
        assertThat(run("review", "--json", "--limit", "1")).isZero();

        JsonNode review = new ObjectMapper().readTree(out);
        assertThat(review).hasSize(1);
        assertThat(review.get(0).get("name").asText()).isEqualTo("Ann Lee");
    }

    @Test
    void asOfAnEarlierDayReviewsThatDay() throws Exception {
        // On 1 September Ann had talked 8 days before and Ben's call was still to come.
        assertThat(run("review", "--json", "--as-of", "2026-09-01")).isZero();

        assertThat(new ObjectMapper().readTree(out)).isEmpty();
    }

    @Test
    void withoutJsonATableSaysWhoAndWhy() {
        assertThat(run("review")).isZero();

        assertThat(out).startsWith("2 people are due for a conversation as of 2026-11-22:")
                .contains("Priority", "Ann Lee", "Ben Ito", "90 days since you talked")
                .doesNotContain("Cat Roy", "Eve Moss");
        assertThat(out.indexOf("Ann Lee")).isLessThan(out.indexOf("Ben Ito"));
    }

    @Test
    void aBadDateIsAWrongCommandLineSaidInWords() {
        assertThat(run("review", "--as-of", "22/11/2026")).isEqualTo(2);

        assertThat(err).contains("--as-of", "'22/11/2026' is not a date; write it as YYYY-MM-DD")
                .doesNotContain("Exception", "\tat ");
        assertThat(out).isEmpty();
    }

    @Test
    void aLimitBelowOneIsAWrongCommandLine() {
        assertThat(run("review", "--limit", "0")).isEqualTo(2);

        assertThat(err).contains("--limit needs a number of people of at least 1, not 0.");
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
