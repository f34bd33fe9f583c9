package app.kith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.store.Journal;
import app.kith.store.TodayJournal;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kith today} on the hand-built {@link TodayJournal}: the JSON shape and every section's content. */
class TodayCommandTest {

    @TempDir
    Path folder;

    private TodayJournal built;
    private String out;
    private String err;

    @BeforeEach
    void journal() {
        try (Journal journal = Journal.open(folder, TodayJournal.CLOCK)) {
            built = new TodayJournal().writeTo(journal);
        }
    }

    @Test
    void jsonHasTheAgreedShapeAndEverySection() throws Exception {
        assertThat(run("today", "--json")).isZero();

        JsonNode today = new ObjectMapper().readTree(out);
        assertThat(fieldNames(today)).containsExactly("asOf", "reachOut", "followUpsDue", "comingUp", "monthMix",
                "recent");
        assertThat(today.get("asOf").asText()).isEqualTo("2027-02-20");

        JsonNode reachOut = today.get("reachOut");
        assertThat(names(reachOut, "name")).containsExactly("Eve Moss", "Jon Reyes", "Ann Lee", "Ben Ito", "Ivy Quinn");
        assertThat(fieldNames(reachOut.get(0))).containsExactly("id", "name", "priority", "overdueRatio",
                "cadenceDays", "ring", "reason");

        JsonNode due = today.get("followUpsDue");
        assertThat(due).hasSize(2);
        assertThat(fieldNames(due.get(0))).containsExactly("personId", "person", "due", "text");
        assertThat(due.get(0).get("personId").asText()).isEqualTo(built.ann.id().toString());
        assertThat(due.get(0).get("person").asText()).isEqualTo("Ann Lee");
        assertThat(due.get(0).get("due").asText()).isEqualTo("2027-02-10");
        assertThat(due.get(0).get("text").asText()).isEqualTo("Send the photos");
        assertThat(due.get(1).get("person").asText()).isEqualTo("Ben Ito");

        JsonNode coming = today.get("comingUp");
        assertThat(names(coming, "person")).containsExactly("Cat Roy", "Ann Lee", "Ben Ito", "Fay Ng", "Eve Moss");
        assertThat(fieldNames(coming.get(0))).containsExactly("personId", "person", "label", "date", "next", "years");
        JsonNode ann = coming.get(1);
        assertThat(ann.get("label").asText()).isEqualTo("birthday");
        assertThat(ann.get("date").asText()).isEqualTo("1988-02-29");
        assertThat(ann.get("next").asText()).isEqualTo("2027-02-28");
        assertThat(ann.get("years").asInt()).isEqualTo(39);
        JsonNode ben = coming.get(2);
        assertThat(ben.get("date").asText()).isEqualTo("--03-01");
        assertThat(ben.get("years").isNull()).isTrue();

        JsonNode months = today.get("monthMix");
        assertThat(months).hasSize(12);
        assertThat(months.get(0).get("month").asText()).isEqualTo("2026-03");
        JsonNode february = months.get(11);
        assertThat(fieldNames(february)).containsExactly("month", "small-talk", "catch-up", "personal", "deep");
        assertThat(february.get("month").asText()).isEqualTo("2027-02");
        assertThat(List.of(february.get("small-talk").asInt(), february.get("catch-up").asInt(),
                february.get("personal").asInt(), february.get("deep").asInt())).containsExactly(2, 1, 1, 1);
        assertThat(months.get(0).get("catch-up").asInt()).isEqualTo(1);

        JsonNode recent = today.get("recent");
        assertThat(names(recent, "id")).containsExactly(built.i7.id().toString(), built.i8.id().toString(),
                built.i1.id().toString(), built.i2.id().toString());
        JsonNode call = recent.get(2);
        assertThat(fieldNames(call)).containsExactly("id", "date", "people", "channel", "depth");
        assertThat(call.get("date").asText()).isEqualTo("2027-02-19");
        assertThat(names(call.get("people"), null)).containsExactly("Ann Lee", "Ben Ito");
        assertThat(call.get("channel").asText()).isEqualTo("call");
        assertThat(call.get("depth").asText()).isEqualTo("personal");
        assertThat(err).isEmpty();
    }

    @Test
    void reachOutIsWhatReviewJsonPutsFirst() throws Exception {
        assertThat(run("review", "--json", "--limit", "5")).isZero();
        JsonNode review = new ObjectMapper().readTree(out);
        assertThat(run("today", "--json")).isZero();

        assertThat(new ObjectMapper().readTree(out).get("reachOut")).isEqualTo(review);
    }

    @Test
    void asOfAnotherDayShowsThatDay() throws Exception {
        assertThat(run("today", "--json", "--as-of", "2027-02-13")).isZero();

        JsonNode today = new ObjectMapper().readTree(out);
        assertThat(today.get("asOf").asText()).isEqualTo("2027-02-13");
        assertThat(names(today.get("recent"), "id")).containsExactly(built.i3.id().toString());
        assertThat(today.get("monthMix").get(11).get("month").asText()).isEqualTo("2027-02");
        assertThat(today.get("monthMix").get(11).get("small-talk").asInt()).isEqualTo(1);
    }

    @Test
    void withoutJsonEachSectionIsReadable() {
        assertThat(run("today")).isZero();

        assertThat(out).startsWith("Today, 2027-02-20")
                .contains("You have not held a review yet")
                .contains("Reach out (the first 5 of 7 in the review)")
                .contains("2027-02-10  Ann Lee", "Send the photos")
                .contains("2027-02-28  Ann Lee", "birthday (turns 39)")
                .contains("2027-02-20  Cat Roy", "wedding anniversary (13 years)")
                .contains("2027-02      2      1      1      1")
                .contains("2027-02-19  Call, Personal", "Ann Lee, Ben Ito");
    }

    @Test
    void aBadDateIsAWrongCommandLineSaidInWords() {
        assertThat(run("today", "--as-of", "20.02.2027")).isEqualTo(2);

        assertThat(err).contains("'20.02.2027' is not a date; write it as YYYY-MM-DD").doesNotContain("Exception");
        assertThat(out).isEmpty();
    }

    private static List<String> names(JsonNode array, String field) {
        List<String> names = new ArrayList<>();
        array.forEach(node -> names.add(field == null ? node.asText() : node.get(field).asText()));
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
        int exitCode = new KithCli(TodayJournal.CLOCK, dataFolder -> { }).run(all.toArray(String[]::new),
                new PrintWriter(outText), new PrintWriter(errText));
        out = outText.toString();
        err = errText.toString();
        return exitCode;
    }
}
