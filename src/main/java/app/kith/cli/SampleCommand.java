package app.kith.cli;

import app.kith.sample.SampleGenerator;
import app.kith.sample.SampleSpec;
import app.kith.store.Journal;
import app.kith.store.JournalCounts;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code kith sample}: writes a generated, realistic journal into an empty data folder. */
@Command(name = "sample",
        description = {"Writes a generated, realistic journal into an empty data folder.",
            "To explore Kith or to measure it; the same seed always gives the same journal."})
final class SampleCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--people", paramLabel = "N", description = "People in the journal (default: ${DEFAULT-VALUE}).")
    private int people = SampleSpec.MEDIUM.people();

    @Option(names = "--interactions", paramLabel = "M",
            description = "Conversations, exactly this many (default: ${DEFAULT-VALUE}).")
    private int interactions = SampleSpec.MEDIUM.interactions();

    @Option(names = "--favours", paramLabel = "K",
            description = "Favours, exactly this many (default: ${DEFAULT-VALUE}).")
    private int favours = SampleSpec.MEDIUM.favours();

    @Option(names = "--years", paramLabel = "Y",
            description = "Years of history up to today (default: ${DEFAULT-VALUE}).")
    private int years = SampleSpec.MEDIUM.years();

    @Option(names = "--seed", paramLabel = "S", description = "Seed of the generator (default: ${DEFAULT-VALUE}).")
    private long seed = SampleSpec.MEDIUM.seed();

    private final JournalAccess journals;

    SampleCommand(JournalAccess journals) {
        this.journals = journals;
    }

    @Override
    public Integer call() {
        SampleSpec sample = sampleSpec();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (Journal journal = journals.open()) {
            JournalCounts existing = journal.counts();
            if (!existing.isEmpty()) {
                throw new CommandFailure("The journal in " + journal.folder() + " already holds "
                        + count(existing.people(), "person", "people") + ", and a sample only goes into an empty"
                        + " journal: choose an empty folder with --data-dir.");
            }
            JournalCounts written = new SampleGenerator().generate(journal, sample,
                    LocalDate.now(journals.clock()), new ProgressLines(err, "Writing the sample"), () -> false);
            // Bulk writing leaves many stale pages behind: the L journal's file shrinks about tenfold.
            err.println("Compacting the journal file…");
            err.flush();
            journal.closeCompacted();
            out.println("Wrote a sample journal to " + journal.folder() + ": "
                    + count(written.people(), "person", "people") + ", "
                    + count(written.interactions(), "conversation", "conversations") + ", "
                    + count(written.favours(), "favour", "favours") + " and "
                    + count(written.followUps(), "follow-up", "follow-ups") + " (seed " + seed + ").");
        }
        return 0;
    }

    /** The options as a spec; out-of-range values are a wrong command line (exit code 2). */
    private SampleSpec sampleSpec() {
        try {
            return new SampleSpec(people, interactions, favours, years, seed);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    /** "1 person", "1,000 people". */
    private static String count(long value, String one, String many) {
        return value == 1 ? "1 " + one : String.format(Locale.ROOT, "%,d ", value) + many;
    }
}
