package app.kith.cli;

import app.kith.domain.Person;
import app.kith.domain.ReviewDecision;
import app.kith.store.Journal;
import app.kith.store.PersonSummary;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code kith cadence}: sets how often a person is meant to be talked to, or clears it so that Kith reads it from
 * the ring and the rhythm again; recorded as a review decision dated today.
 */
@Command(name = "cadence", description = {"Sets how often you mean to talk to a person, in days, or clears it.",
    "Recorded as a review decision dated today."})
final class CadenceCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME",
            description = "Who; a unique part of the name or nickname will do.")
    private String name;

    @Parameters(index = "1", arity = "0..1", paramLabel = "DAYS", description = "Every how many days, 1 to 3650.")
    private Integer days;

    @Option(names = "--clear", description = "Take their own cadence away: Kith reads it from the ring and rhythm.")
    private boolean clear;

    private final JournalAccess journals;

    CadenceCommand(JournalAccess journals) {
        this.journals = journals;
    }

    @Override
    public Integer call() {
        if (clear == (days != null)) {
            throw new WrongValue(clear ? "Give the days or --clear, not both."
                    : "Give the cadence in days (e.g. kith cadence \"" + name + "\" 30) or --clear to take it away.");
        }
        if (days != null && (days < 1 || days > Person.MAX_CADENCE_DAYS)) {
            throw new WrongValue("DAYS: a cadence is between 1 and " + Person.MAX_CADENCE_DAYS + " days, not " + days
                    + ".");
        }
        try (Journal journal = journals.open()) {
            PersonSummary person = new PeopleByName(journal.people().summaries()).find(name);
            Integer before = journal.people().get(person.id()).map(Person::cadenceDays).orElse(null);
            journal.reviews().decideFromCommandLine(ReviewDecision.cadence(person.id(), days));
            spec.commandLine().getOut().println(sentence(person.name(), before));
        }
        return 0;
    }

    /** "Ann Lee's cadence is now every 30 days (it was every 60 days)." */
    private String sentence(String who, Integer before) {
        String was = before == null ? "none of their own" : every(before);
        if (days == null) {
            return "Cleared " + who + "'s own cadence (it was " + was + "): Kith reads it from the ring and the"
                    + " rhythm of your conversations again.";
        }
        return who + "'s cadence is now " + every(days) + " (it was " + was + ").";
    }

    private static String every(int days) {
        return days == 1 ? "every day" : "every " + days + " days";
    }
}
