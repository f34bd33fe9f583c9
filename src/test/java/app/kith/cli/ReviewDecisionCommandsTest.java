package app.kith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.domain.Channel;
import app.kith.domain.Depth;
import app.kith.domain.Initiator;
import app.kith.domain.Interaction;
import app.kith.domain.Person;
import app.kith.domain.Review;
import app.kith.domain.ReviewAction;
import app.kith.domain.ReviewDecision;
import app.kith.domain.Ring;
import app.kith.store.Journal;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code kith snooze}, {@code kith cadence} and {@code kith review --history} as a person at a terminal sees them,
 * and what each decision does to {@code kith review} and to the exported archive's reviews.
 */
class ReviewDecisionCommandsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @TempDir
    Path folder;
    @TempDir
    Path exports;

    private Person ann;
    private Person ben;
    private String out;
    private String err;

    /** Ann (ring 15, every 30 days) last talked 90 days ago, Ben (ring 50, every 30 days) 60: both are due. */
    @BeforeEach
    void journal() {
        try (Journal journal = Journal.open(folder, CLOCK)) {
            ann = person(journal, "Ann Lee", Ring.FIFTEEN, 90);
            ben = person(journal, "Ben Ito", Ring.FIFTY, 60);
        }
    }

    private static Person person(Journal journal, String name, Ring ring, int daysAgo) {
        Person person = Person.builder().name(name).ring(ring).cadenceDays(30).build();
        journal.people().add(person);
        journal.interactions().add(Interaction.create(TODAY.minusDays(daysAgo), Channel.CALL, Depth.PERSONAL,
                Initiator.ME, 30, List.of(person.id()), null));
        return person;
    }

    @ParameterizedTest(name = "--for {0} ends on {1}")
    @CsvSource({"1w, 2026-11-29", "2w, 2026-12-06", "1m, 2026-12-22", "3m, 2027-02-22"})
    void snoozeForASpanTakesThePersonOutOfTheReviewUntilItsEnd(String span, LocalDate end) throws IOException {
        assertThat(run("snooze", "ann", "--for", span)).isZero();

        assertThat(out).isEqualTo("Snoozed Ann Lee until " + end + ": out of the review until then.\n");
        assertThat(reviewNames(null)).containsExactly("Ben Ito");
        assertThat(reviewNames(end.minusDays(1))).containsExactly("Ben Ito");
        assertThat(reviewNames(end)).as("back on the day the snooze ends").contains("Ann Lee");
        JsonNode decision = exportedReviews().get(0).get("decisions").get(0);
        assertThat(decision.get("person").asText()).isEqualTo(ann.id().toString());
        assertThat(decision.get("action").asText()).isEqualTo("snoozed");
        assertThat(decision.get("until").asText()).isEqualTo(end.toString());
    }

    @Test
    void snoozeUntilADayRecordsThatDay() throws IOException {
        assertThat(run("snooze", "Ben Ito", "--until", "2027-01-10")).isZero();

        assertThat(reviewNames(null)).containsExactly("Ann Lee");
        JsonNode review = exportedReviews().get(0);
        assertThat(review.get("date").asText()).isEqualTo("2026-11-22");
        assertThat(review.get("decisions").get(0).get("until").asText()).isEqualTo("2027-01-10");
    }

    @Test
    void cadenceSetsThePersonsOwnCadenceAndTheReviewFollows() throws IOException {
        assertThat(run("cadence", "Ben", "120")).isZero();

        assertThat(out).isEqualTo("Ben Ito's cadence is now every 120 days (it was every 30 days).\n");
        assertThat(reviewNames(null)).as("60 days of 120: on track").containsExactly("Ann Lee");
        try (Journal journal = Journal.open(folder, CLOCK)) {
            assertThat(journal.people().get(ben.id()).orElseThrow().cadenceDays()).isEqualTo(120);
        }
        JsonNode decision = exportedReviews().get(0).get("decisions").get(0);
        assertThat(decision.get("action").asText()).isEqualTo("cadence");
        assertThat(decision.get("cadenceDays").asInt()).isEqualTo(120);
    }

    @Test
    void cadenceClearHandsTheCadenceBackToTheRingAndTheArchiveSaysNull() throws IOException {
        assertThat(run("cadence", "Ben", "--clear")).isZero();

        assertThat(out).startsWith("Cleared Ben Ito's own cadence (it was every 30 days)");
        assertThat(reviewNames(null)).as("ring 50: every 182 days, 60 days is on track").containsExactly("Ann Lee");
        JsonNode decision = exportedReviews().get(0).get("decisions").get(0);
        assertThat(decision.get("action").asText()).isEqualTo("cadence");
        assertThat(decision.has("cadenceDays")).isTrue();
        assertThat(decision.get("cadenceDays").isNull()).isTrue();
    }

    @Test
    void aDaysCommandsGoIntoOneReviewThatTheHistoryShows() throws Exception {
        assertThat(run("snooze", "Ann", "--for", "1w")).isZero();
        assertThat(run("cadence", "Ben", "45")).isZero();
        assertThat(run("cadence", "Ann", "--clear")).isZero();

        assertThat(run("review", "--history")).isZero();
        assertThat(out).isEqualTo("""
                1 review, newest first:

                2026-11-22  3 decisions: 1 snoozed, 2 cadence changed
                    Ann Lee                       snoozed until 2026-11-29
                    Ben Ito                       cadence every 45 days
                    Ann Lee                       cadence cleared
                """);

        assertThat(run("review", "--history", "--json")).isZero();
        JsonNode history = new ObjectMapper().readTree(out);
        assertThat(history).hasSize(1);
        JsonNode review = history.get(0);
        assertThat(review.get("date").asText()).isEqualTo("2026-11-22");
        assertThat(review.get("counts").toString())
                .isEqualTo("{\"logged\":0,\"snoozed\":1,\"cadence\":2,\"let-go\":0,\"skipped\":0}");
        JsonNode first = review.get("decisions").get(0);
        assertThat(first.get("personId").asText()).isEqualTo(ann.id().toString());
        assertThat(first.get("person").asText()).isEqualTo("Ann Lee");
        assertThat(first.get("action").asText()).isEqualTo("snoozed");
        assertThat(first.get("until").asText()).isEqualTo("2026-11-29");
        assertThat(first.get("cadenceDays").isNull()).isTrue();
        assertThat(review.get("decisions").get(1).get("cadenceDays").asInt()).isEqualTo(45);
        assertThat(review.get("decisions").get(2).get("cadenceDays").isNull()).isTrue();
        assertThat(exportedReviews()).hasSize(1);
    }

    @Test
    void theHistoryListsEveryReviewNewestFirstUpToTheDay() throws Exception {
        try (Journal journal = Journal.open(folder, CLOCK)) {
            journal.reviews().add(new Review(UUID.randomUUID(), LocalDate.of(2026, 11, 1), List.of(
                    ReviewDecision.of(ann.id(), ReviewAction.LOGGED), ReviewDecision.of(ben.id(), ReviewAction.LET_GO))));
            journal.reviews().add(new Review(UUID.randomUUID(), LocalDate.of(2026, 11, 8), List.of(
                    ReviewDecision.of(ben.id(), ReviewAction.SKIPPED))));
        }

        assertThat(run("review", "--history", "--json")).isZero();
        assertThat(new ObjectMapper().readTree(out)).extracting(review -> review.get("date").asText())
                .containsExactly("2026-11-08", "2026-11-01");
        assertThat(run("review", "--history", "--as-of", "2026-11-05")).isZero();
        assertThat(out).startsWith("1 review, newest first:").contains("2 decisions: 1 logged, 1 let go", "let go")
                .doesNotContain("2026-11-08");
        assertThat(run("review", "--history", "--limit", "1")).isZero();
        assertThat(out).contains("2026-11-08").doesNotContain("2026-11-01");
    }

    @Test
    void anEmptyHistorySaysWhatWouldFillIt() {
        assertThat(run("review", "--history")).isZero();

        assertThat(out).startsWith("No review has been held yet");
        assertThat(run("review", "--history", "--json")).isZero();
        assertThat(out.strip()).isEqualTo("[ ]");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        unknown name         | snooze,Zed,--for,1w            | No one in the journal is called "Zed"
        ambiguous name       | snooze,e,--for,1w              | "e" matches 2 people: Ann Lee, Ben Ito — use more of the name.
        a day gone           | snooze,Ann,--until,2026-11-22  | --until: a snooze ends after today (2026-11-22), not on 2026-11-22.
        not a date           | snooze,Ann,--until,next week   | --until: "next week" is not a date
        an unknown span      | snooze,Ann,--for,5y            | --for: "5y" is not one of 1w, 2w, 1m, 3m
        both spans           | snooze,Ann,--for,1w,--until,2027-01-01 | mutually exclusive
        no span              | snooze,Ann                     | Missing required argument
        no days              | cadence,Ann                    | Give the cadence in days (e.g. kith cadence "Ann" 30) or --clear to take it away.
        days and clear       | cadence,Ann,30,--clear         | Give the days or --clear, not both.
        no cadence of zero   | cadence,Ann,0                  | DAYS: a cadence is between 1 and 3650 days, not 0.
        days not a number    | cadence,Ann,often              | often
        unknown name         | cadence,Zed,30                 | No one in the journal is called "Zed"
        """)
    void aWrongCommandLineIsOneSentenceExitTwoAndChangesNothing(String name, String args, String says) {
        assertThat(run(args.split(","))).isEqualTo(2);

        assertThat(err).contains(says).doesNotContain("Exception", "\tat ");
        assertThat(out).isEmpty();
        try (Journal journal = Journal.open(folder, CLOCK)) {
            assertThat(journal.reviews().all()).isEmpty();
            assertThat(journal.people().get(ann.id()).orElseThrow()).isEqualTo(ann);
        }
    }

    private List<String> reviewNames(LocalDate asOf) throws IOException {
        List<String> args = new ArrayList<>(List.of("review", "--json"));
        if (asOf != null) {
            args.addAll(List.of("--as-of", asOf.toString()));
        }
        assertThat(run(args.toArray(String[]::new))).isZero();
        List<String> names = new ArrayList<>();
        new ObjectMapper().readTree(out).forEach(entry -> names.add(entry.get("name").asText()));
        return names;
    }

    /** The "reviews" of a Kith archive exported with {@code kith export}. */
    private JsonNode exportedReviews() throws IOException {
        Path file = exports.resolve("journal-" + UUID.randomUUID() + ".json");
        assertThat(run("export", file.toString())).isZero();
        return new ObjectMapper().readTree(Files.readString(file)).get("reviews");
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
