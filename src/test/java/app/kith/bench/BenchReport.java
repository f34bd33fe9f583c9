package app.kith.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.util.Statistics;

/** The run's figures as a table ({@code results.txt}) and as JSON ({@code results.json}), with the machine. */
final class BenchReport {

    /** What each benchmark measures, in the table's words. */
    private static final Map<String, String> WHAT = Map.of(
            "JournalBench.peopleAndReview", "people list + review ready, L",
            "JournalBench.logOneConversation", "log one conversation (aggregates included), L",
            "JournalBench.timelineFirstPage", "timeline first page (40 entries), L's busiest person",
            "JournalBench.today", "Today's report from the scores' reading, L",
            "SearchBench.keystroke", "search keystroke (list view model), L",
            "ArchiveBench.exportM", "archive export of M, -Xmx256m",
            "ArchiveBench.importM", "archive import of M into an empty journal, -Xmx256m",
            "VCardBench.parseOnly", "10,000 vCards: ez-vcard parse only",
            "VCardBench.previewOnly", "10,000 vCards: Kith preview (read, map, match)",
            "VCardBench.importAll", "10,000 vCards: Kith import (preview + write)");
    /** Benchmarks given also as a multiple of another of the same run. */
    private static final List<Ratio> RATIOS = List.of(
            new Ratio("10,000 vCards: Kith preview ÷ ez-vcard parse", "VCardBench.previewOnly", "VCardBench.parseOnly"),
            new Ratio("10,000 vCards: Kith import ÷ ez-vcard parse", "VCardBench.importAll", "VCardBench.parseOnly"));

    private final Machine machine;
    private final List<Row> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final Map<String, String> mains = new LinkedHashMap<>();
    private String loadAfter = "unknown";

    BenchReport(Machine machine) {
        this.machine = machine;
    }

    private record Ratio(String what, String benchmark, String base) {
    }

    record Row(String what, String figure, String unit, String n, String error) {
    }

    void row(String what, String figure, String unit, String n, String error) {
        rows.add(new Row(what, figure, unit, n, error));
    }

    void note(String note) {
        notes.add(note);
    }

    /** A bench main's output, kept as it printed it. */
    void main(String name, String output) {
        mains.put(name, output);
    }

    void machineAfter(String load) {
        loadAfter = load;
    }

    void jmh(Collection<RunResult> results) {
        Map<String, Double> scores = new LinkedHashMap<>();
        for (RunResult result : results) {
            String name = result.getParams().getBenchmark();
            String shortName = name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1);
            String what = WHAT.getOrDefault(shortName, shortName);
            var primary = result.getPrimaryResult();
            scores.put(shortName, primary.getScore());
            Statistics statistics = primary.getStatistics();
            String n = String.valueOf(statistics.getN());
            String unit = primary.getScoreUnit();
            if (result.getParams().getMode() == org.openjdk.jmh.annotations.Mode.SampleTime) {
                row(what + ", p50", number(statistics.getPercentile(50)), unit, n, "");
                row(what + ", p95", number(statistics.getPercentile(95)), unit, n, "");
            } else {
                row(what, number(primary.getScore()), unit, n, Double.isNaN(primary.getScoreError()) ? ""
                        : "± " + number(primary.getScoreError()));
            }
        }
        ratios(scores);
    }

    /** Each of {@link #RATIOS} whose two benchmarks both ran (their averages' quotient). */
    private void ratios(Map<String, Double> scores) {
        for (Ratio ratio : RATIOS) {
            Double score = scores.get(ratio.benchmark());
            Double base = scores.get(ratio.base());
            if (score != null && base != null) {
                row(ratio.what(), number(score / base), "×", "", "");
            }
        }
    }

    void write(Path out) throws IOException {
        Files.writeString(out.resolve("results.txt"), table());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("machine", machine);
        json.put("loadAtEnd", loadAfter);
        json.put("results", rows);
        json.put("notes", notes);
        json.put("mains", mains);
        new ObjectMapper().findAndRegisterModules().enable(SerializationFeature.INDENT_OUTPUT)
                .writeValue(out.resolve("results.json").toFile(), json);
    }

    private String table() {
        StringBuilder text = new StringBuilder();
        text.append("Machine: ").append(machine.describe()).append("; at end ").append(loadAfter).append('\n');
        text.append("Run started ").append(machine.started()).append("\n\n");
        text.append(String.format(Locale.ROOT, "| %-62s | %12s | %-5s | %5s | %-10s |%n", "What", "Figure", "Unit",
                "n", "± (99.9%)"));
        text.append(String.format(Locale.ROOT, "|%s|%s|%s|%s|%s|%n", "-".repeat(64), "-".repeat(14), "-".repeat(7),
                "-".repeat(7), "-".repeat(12)));
        for (Row row : rows) {
            text.append(String.format(Locale.ROOT, "| %-62s | %12s | %-5s | %5s | %-10s |%n", row.what(),
                    row.figure(), row.unit(), row.n(), row.error()));
        }
        notes.forEach(note -> text.append('\n').append(note).append('\n'));
        mains.forEach((name, output) -> text.append("\n### ").append(name).append("\n").append(output.strip())
                .append('\n'));
        return text.toString();
    }

    private static String number(double value) {
        if (Double.isNaN(value)) {
            return "-";
        }
        return String.format(Locale.ROOT, value >= 100 ? "%.0f" : value >= 10 ? "%.1f" : value >= 1 ? "%.2f"
                : "%.3f", value);
    }
}
