package app.kith.cli;

import app.kith.domain.Review;
import app.kith.insight.JournalInsight;
import app.kith.insight.PersonInsight;
import app.kith.store.Journal;
import app.kith.store.PersonSummary;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code kith review}: who to talk to, highest priority first, read from the kept per-person digests
 * (never from a lifetime of conversations), so that it answers as fast on a large journal as on a small one.
 */
@Command(name = "review",
        description = {"Who you have not talked to for too long, most pressing first.",
            "Everyone overdue for a conversation or with a follow-up due, except the archived and the snoozed.",
            "With --history, the reviews held instead, newest first, with every decision."})
final class ReviewCommand implements Callable<Integer> {

    /** Names longer than this are cut in the table (the JSON keeps them whole). */
    static final int NAME_WIDTH = 28;

    @Spec
    private CommandSpec spec;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", converter = AsOfDate.class,
            description = "The day to review as of (default: today).")
    private LocalDate asOf;

    @Option(names = "--json", description = "Print a JSON array instead of a table.")
    private boolean json;

    @Option(names = "--limit", paramLabel = "N", description = "Show at most N people (with --history: N reviews).")
    private Integer limit;

    @Option(names = "--history", description = "The reviews held (up to --as-of), newest first, with their decisions.")
    private boolean history;

    private final JournalAccess journals;

    ReviewCommand(JournalAccess journals) {
        this.journals = journals;
    }

    @Override
    public Integer call() {
        if (limit != null && limit < 1) {
            throw new ParameterException(spec.commandLine(), "--limit needs a number of people of at least 1, not "
                    + limit + ".");
        }
        PrintWriter out = spec.commandLine().getOut();
        try (Journal journal = journals.openForReading()) {
            if (history) {
                history(journal, out);
                return 0;
            }
            LocalDate day = asOf != null ? asOf : LocalDate.now(journals.clock());
            JournalInsight insight = journal.scores().asOf(day);
            List<PersonInsight> queue = insight.reviewQueue();
            List<PersonInsight> shown = limit == null ? queue : queue.subList(0, Math.min(limit, queue.size()));
            if (json) {
                InsightJson format = new InsightJson();
                format.print(format.array(shown, format::reviewObject), out);
            } else {
                table(day, queue.size(), shown, out);
            }
        }
        return 0;
    }

    private void history(Journal journal, PrintWriter out) {
        List<Review> held = journal.reviews().all().stream()
                .filter(review -> asOf == null || !review.date().isAfter(asOf))
                .limit(limit == null ? Long.MAX_VALUE : limit)
                .toList();
        Map<UUID, PersonSummary> people = new HashMap<>();
        journal.people().summaries().forEach(person -> people.put(person.id(), person));
        ReviewHistory reviews = new ReviewHistory(held, people);
        if (json) {
            new InsightJson().print(reviews.json(), out);
        } else {
            reviews.printTable(out);
        }
    }

    private static void table(LocalDate day, int due, List<PersonInsight> shown, PrintWriter out) {
        if (due == 0) {
            out.println("Nobody is due for a conversation as of " + day + ".");
            return;
        }
        out.println((due == 1 ? "1 person is" : String.format(Locale.ROOT, "%,d people are", due))
                + " due for a conversation as of " + day
                + (shown.size() < due ? ", the first " + shown.size() + " shown" : "") + ":");
        out.println(String.format(Locale.ROOT, "%8s  %-" + NAME_WIDTH + "s  %s", "Priority", "Name", "Why"));
        for (PersonInsight person : shown) {
            out.println(String.format(Locale.ROOT, "%8.1f  %-" + NAME_WIDTH + "s  %s", person.priority(),
                    cut(person.person().name()), person.reason()));
        }
    }

    /** The name, cut to the table's column. */
    static String cut(String name) {
        return name.length() <= NAME_WIDTH ? name : name.substring(0, NAME_WIDTH - 1) + "…";
    }
}
