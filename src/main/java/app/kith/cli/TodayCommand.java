package app.kith.cli;

import app.kith.insight.today.TodayReport;
import app.kith.store.Journal;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code kith today}: the sections of the Today screen, from the same computation ({@link TodayReport}): who to
 * reach out to, follow-ups due, birthdays and dates coming up, the month mix and the recent conversations.
 */
@Command(name = "today",
        description = {"What the Today screen shows: who to reach out to, follow-ups due, birthdays and dates in "
                + "the next 14 days, conversations by depth over 12 months, and the last 7 days' entries."})
final class TodayCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", converter = AsOfDate.class,
            description = "The day to show as of (default: today).")
    private LocalDate asOf;

    @Option(names = "--json", description = "Print one JSON object instead of text.")
    private boolean json;

    private final JournalAccess journals;

    TodayCommand(JournalAccess journals) {
        this.journals = journals;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        TodayReport report;
        try (Journal journal = journals.openForReading()) {
            LocalDate day = asOf != null ? asOf : LocalDate.now(journals.clock());
            report = journal.todayReader().report(journal.scores().asOf(day));
        }
        if (json) {
            new TodayJson().print(report, out);
        } else {
            new TodayText(out).print(report);
        }
        return 0;
    }
}
