package app.kith.cli;

import app.kith.domain.ReviewDecision;
import app.kith.store.Journal;
import app.kith.store.PersonSummary;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code kith snooze}: keeps a person out of the review until a day, recorded as a review decision dated today
 * (with the day's other decisions from the command line: see {@code ReviewRepository#decideFromCommandLine}).
 */
@Command(name = "snooze", description = {"Keeps a person out of the review until a day.",
    "Recorded as a review decision dated today."})
final class SnoozeCommand implements Callable<Integer> {

    /** The spans --for takes, as the window's Snooze offers them. */
    private static final Map<String, UnaryOperator<LocalDate>> SPANS = Map.of(
            "1w", day -> day.plusWeeks(1),
            "2w", day -> day.plusWeeks(2),
            "1m", day -> day.plusMonths(1),
            "3m", day -> day.plusMonths(3));

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME",
            description = "Who; a unique part of the name or nickname will do.")
    private String name;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Until until;

    /** Exactly one of the two. */
    static final class Until {
        @Option(names = "--until", paramLabel = "YYYY-MM-DD", description = "The day they come back to the review.")
        private String day;

        @Option(names = "--for", paramLabel = "1w|2w|1m|3m", description = "For a week, two weeks, a month or three.")
        private String span;
    }

    private final JournalAccess journals;

    SnoozeCommand(JournalAccess journals) {
        this.journals = journals;
    }

    @Override
    public Integer call() {
        LocalDate today = LocalDate.now(journals.clock());
        LocalDate back = until.day != null ? day(today) : span(today);
        try (Journal journal = journals.open()) {
            PersonSummary person = new PeopleByName(journal.people().summaries()).find(name);
            journal.reviews().decideFromCommandLine(ReviewDecision.snoozed(person.id(), back));
            spec.commandLine().getOut().println("Snoozed " + person.name() + " until " + back
                    + ": out of the review until then.");
        }
        return 0;
    }

    private LocalDate day(LocalDate today) {
        LocalDate day = CommandValues.date("--until", until.day);
        if (!day.isAfter(today)) {
            throw new WrongValue("--until: a snooze ends after today (" + today + "), not on " + day + ".");
        }
        return day;
    }

    private LocalDate span(LocalDate today) {
        UnaryOperator<LocalDate> span = SPANS.get(until.span.strip().toLowerCase(java.util.Locale.ROOT));
        if (span == null) {
            throw new WrongValue("--for: \"" + until.span + "\" is not one of 1w, 2w, 1m, 3m (a week, two weeks, "
                    + "a month, three months).");
        }
        return span.apply(today);
    }
}
