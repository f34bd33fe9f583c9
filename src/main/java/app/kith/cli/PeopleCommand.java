package app.kith.cli;

import app.kith.domain.Coded;
import app.kith.domain.Person;
import app.kith.insight.JournalInsight;
import app.kith.insight.PersonInsight;
import app.kith.store.Journal;
import app.kith.store.PersonSummary;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kith people}: everyone in the journal, as a table or as JSON. */
@Command(name = "people", description = "Lists the people in the journal, in name order.")
final class PeopleCommand implements Callable<Integer> {

    private static final List<String> HEADINGS = List.of("Name", "Organisation", "Tags", "Depth", "Kind", "Balance",
            "Ring", "Status", "Last talked");

    @Spec
    private CommandSpec spec;

    @Option(names = "--json", description = "Write JSON (one object per person) instead of a table.")
    private boolean json;

    @Option(names = "--archived", description = "Include the people you let go (archived).")
    private boolean archived;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", converter = AsOfDate.class,
            description = "The day the scores are computed as of (default: today).")
    private LocalDate asOf;

    private final JournalAccess journals;
    private final ObjectMapper mapper = new ObjectMapper();
    private final InsightJson insightJson = new InsightJson();

    PeopleCommand(JournalAccess journals) {
        this.journals = journals;
    }

    @Override
    public Integer call() throws JsonProcessingException {
        List<Person> people;
        Map<UUID, LocalDate> lastTalked;
        JournalInsight scores;
        try (Journal journal = journals.openForReading()) {
            scores = journal.scores().asOf(asOf == null ? LocalDate.now(journals.clock()) : asOf);
            people = journal.people().all().stream().filter(p -> archived || !p.archived()).toList();
            lastTalked = journal.people().summaries().stream().filter(s -> s.lastInteraction() != null)
                    .collect(Collectors.toMap(PersonSummary::id, PersonSummary::lastInteraction));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ArrayNode list = mapper.createArrayNode();
            people.forEach(p -> list.add(personJson(p, lastTalked.get(p.id()), scores)));
            out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(list));
        } else if (people.isEmpty()) {
            out.println("No one in the journal yet: add someone with kith add NAME, bring an archive in with"
                    + " kith import FILE.json, or explore kith sample in another --data-dir.");
        } else {
            printTable(out, people, lastTalked, scores);
        }
        return 0;
    }

    /**
     * One person as JSON: every field of the person and, for everyone not archived, the scores as of
     * the day ({@link InsightJson#personObject}). There {@code ring} is the ring Kith places them in and
     * {@code cadenceDays} the cadence in force, so the person's own choices are {@code pinnedRing} and
     * {@code ownCadenceDays}.
     */
    ObjectNode personJson(Person p, LocalDate lastInteraction, JournalInsight scores) {
        ObjectNode node = mapper.createObjectNode();
        node.put("id", p.id().toString());
        node.put("name", p.name());
        node.put("nickname", p.nickname());
        p.emails().forEach(node.putArray("emails")::add);
        p.phones().forEach(node.putArray("phones")::add);
        node.put("organization", p.organization());
        node.put("title", p.title());
        p.tags().forEach(node.putArray("tags")::add);
        node.put("kin", p.kin());
        node.put("pinnedRing", p.ring() == null ? null : p.ring().size());
        node.put("ownCadenceDays", p.cadenceDays());
        node.put("birthday", p.birthday() == null ? null : p.birthday().toString());
        node.put("archived", p.archived());
        node.put("lastInteraction", lastInteraction == null ? null : lastInteraction.toString());
        if (!p.archived()) {
            node.setAll(insightJson.personObject(scores.of(p.id())));
        }
        return node;
    }

    private static void printTable(PrintWriter out, List<Person> people, Map<UUID, LocalDate> lastTalked,
                                   JournalInsight scores) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADINGS);
        for (Person p : people) {
            LocalDate last = lastTalked.get(p.id());
            List<String> row = new ArrayList<>(List.of(p.displayName() + (p.archived() ? " [archived]" : ""),
                    p.organization() == null ? "" : p.organization(), String.join(", ", p.tags())));
            row.addAll(p.archived() ? List.of("", "", "", "", "") : scoreCells(scores.of(p.id())));
            row.add(last == null ? "never" : last.toString());
            rows.add(row);
        }
        int[] widths = new int[HEADINGS.size()];
        rows.forEach(row -> {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        });
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < widths.length; i++) {
                line.append(i == widths.length - 1 ? row.get(i) : String.format("%-" + (widths[i] + 2) + "s", row.get(i)));
            }
            out.println(line.toString().stripTrailing());
        }
    }

    /** Depth, Kind, Balance, ring and status as words: the labels' codes with spaces ("you owe"). */
    private static List<String> scoreCells(PersonInsight insight) {
        return List.of(String.valueOf(insight.depth()), words(insight.kind()), words(insight.balance()),
                insight.placedRing() == null ? "" : String.valueOf(insight.placedRing().size()),
                words(insight.status()));
    }

    private static String words(Coded label) {
        return label == null ? "" : label.code().replace('-', ' ');
    }
}
