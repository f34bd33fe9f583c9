package app.kith.cli;

import app.kith.domain.Ring;
import app.kith.insight.JournalInsight;
import app.kith.insight.PersonInsight;
import app.kith.insight.RingMove;
import app.kith.insight.RingMoves;
import app.kith.store.Journal;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code kith rings}: everyone by ring as of a day, and who moved between the rings in the 90 days before it,
 * each ring computed as of its own day (the same scores {@code kith people --as-of} prints for either day).
 */
@Command(name = "rings",
        description = {"Everyone by ring (5, 15, 50, 150), and who moved closer or drifted out in the last 90 days.",
            "Each ring is computed as of its own day from the entries dated on or before it."})
final class RingsCommand implements Callable<Integer> {

    /** The table's lines of names are wrapped before this width. */
    private static final int WIDTH = 100;

    @Spec
    private CommandSpec spec;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", converter = AsOfDate.class,
            description = "The day the rings are computed as of (default: today).")
    private LocalDate asOf;

    @Option(names = "--json", description = "Write JSON instead of a table.")
    private boolean json;

    private final JournalAccess journals;

    RingsCommand(JournalAccess journals) {
        this.journals = journals;
    }

    @Override
    public Integer call() {
        LocalDate day = asOf != null ? asOf : LocalDate.now(journals.clock());
        JournalInsight now;
        JournalInsight then;
        try (Journal journal = journals.openForReading()) {
            now = journal.scores().asOf(day);
            then = journal.scores().asOf(RingMoves.sinceFor(day));
        }
        RingMoves moves = RingMoves.between(then, now);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            RingsJson format = new RingsJson();
            format.print(format.rings(now, moves), out);
        } else {
            table(now, moves, out);
        }
        return 0;
    }

    private static void table(JournalInsight now, RingMoves moves, PrintWriter out) {
        out.println("Rings as of " + now.asOf() + " (moves since " + moves.since() + ")");
        for (Ring ring : Ring.values()) {
            List<PersonInsight> members = RingsJson.byName(now.inRing(ring));
            out.println();
            out.println("Ring " + ring.size() + " · " + ring.label() + " · " + people(members.size()));
            wrap(members.stream().map(RingsCommand::nameInRing).toList(), out);
        }
        out.println();
        out.println("Outside the rings: " + people(RingsJson.outside(now)));
        movers("Moved closer", moves.closer(), out);
        movers("Drifting out", moves.driftingOut(), out);
    }

    private static String nameInRing(PersonInsight person) {
        return person.person().name() + (person.ring().pinned() != null ? " (pinned)" : "");
    }

    private static void movers(String title, List<RingMove> list, PrintWriter out) {
        out.println();
        out.println(title + " (" + list.size() + ")" + (list.isEmpty() ? ": nobody" : ""));
        int width = list.stream().map(RingMove::name).max(Comparator.comparingInt(String::length)).orElse("").length();
        for (RingMove move : list) {
            out.println(String.format(Locale.ROOT, "  %-" + width + "s  %-10s  %s", move.name(),
                    ring(move.from()) + " → " + ring(move.to()), move.reason()));
        }
    }

    private static String ring(Ring ring) {
        return ring == null ? "outside" : Integer.toString(ring.size());
    }

    private static String people(long n) {
        return String.format(Locale.ROOT, "%,d", n) + (n == 1 ? " person" : " people");
    }

    /** Names joined by commas, in lines that stay within the width. */
    private static void wrap(List<String> names, PrintWriter out) {
        if (names.isEmpty()) {
            out.println("  nobody");
            return;
        }
        StringBuilder line = new StringBuilder("  ");
        for (int i = 0; i < names.size(); i++) {
            String part = names.get(i) + (i < names.size() - 1 ? "," : "");
            if (line.length() > 2 && line.length() + 1 + part.length() > WIDTH) {
                out.println(line);
                line = new StringBuilder("  ");
            }
            line.append(line.length() > 2 ? " " : "").append(part);
        }
        out.println(line);
    }
}
