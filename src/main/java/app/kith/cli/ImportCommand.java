package app.kith.cli;

import app.kith.exchange.archive.ArchiveException;
import app.kith.exchange.archive.ArchiveImport;
import app.kith.store.ImportOutcome;
import app.kith.store.Journal;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kith import FILE}: reads a Kith archive into the journal, all or nothing. */
@Command(name = "import",
        description = {"Reads a Kith archive (FILE.json) into the journal, all or nothing.",
            "People already in the journal (same id) take the archive's fields; conversations, favours,",
            "follow-ups and reviews already in the journal are kept: importing twice changes nothing."})
final class ImportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The archive to read, e.g. kith.json.")
    private Path file;

    private final JournalAccess journals;

    ImportCommand(JournalAccess journals) {
        this.journals = journals;
    }

    @Override
    public Integer call() {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".json")) {
            throw new WrongValue("Kith cannot import " + file + " yet: this version reads Kith archives (.json);"
                    + " vCard and CSV imports come later.");
        }
        Path source = file.toAbsolutePath().normalize();
        ImportOutcome outcome;
        try (Journal journal = journals.open()) {
            outcome = new ArchiveImport(journal).importFile(source,
                    new ArchiveProgressLines(spec.commandLine().getErr()));
        } catch (ArchiveException e) {
            throw new CommandFailure(e.messageFor(source.toString()) + System.lineSeparator()
                    + "Nothing was imported: the journal is as it was.", e);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(summary(outcome, source));
        return 0;
    }

    /** "Imported 12 people, 340 conversations, … from FILE; 2 people already in the journal were updated." */
    static String summary(ImportOutcome outcome, Path source) {
        StringBuilder text = new StringBuilder("Imported ").append(Words.list(List.of(
                Words.count(outcome.peopleAdded(), "person", "people"),
                Words.count(outcome.interactionsAdded(), "conversation", "conversations"),
                Words.count(outcome.favoursAdded(), "favour", "favours"),
                Words.count(outcome.followUpsAdded(), "follow-up", "follow-ups"),
                Words.count(outcome.reviewsAdded(), "review", "reviews")))).append(" from ").append(source);
        List<String> already = new ArrayList<>();
        if (outcome.peopleUpdated() > 0) {
            already.add(Words.count(outcome.peopleUpdated(), "person", "people") + " already in the journal "
                    + (outcome.peopleUpdated() == 1 ? "was" : "were") + " updated");
        }
        int same = outcome.peopleUnchanged() + outcome.entriesSkipped();
        if (same > 0) {
            already.add(Words.count(same, "entry was", "entries were") + " already in the journal as in the archive");
        }
        if (!already.isEmpty()) {
            text.append("; ").append(String.join("; ", already));
        }
        return text.append('.').toString();
    }
}
