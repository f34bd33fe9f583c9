package app.kith.cli;

import app.kith.exchange.archive.ArchiveCounts;
import app.kith.exchange.archive.ArchiveExport;
import app.kith.exchange.ics.CalendarCounts;
import app.kith.exchange.ics.CalendarExport;
import app.kith.store.Journal;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kith export FILE}: writes the whole journal to a file, in the format its extension names. */
@Command(name = "export",
        description = {"Writes the whole journal to a file; the extension says how.",
            "FILE.json: a Kith archive, which kith import reads back without loss.",
            "FILE.ics: a calendar of birthdays and dates (yearly) and open follow-ups, for calendar apps."})
final class ExportCommand implements Callable<Integer> {

    /** Formats that PRODUCT.md promises and this build does not write yet. */
    private static final List<String> LATER = List.of("vcf", "csv");

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The file to write, e.g. kith.json.")
    private Path file;

    @Option(names = "--force", description = "Replace FILE when it exists.")
    private boolean force;

    private final JournalAccess journals;

    ExportCommand(JournalAccess journals) {
        this.journals = journals;
    }

    @Override
    public Integer call() {
        String extension = checkExtension();
        Path target = file.toAbsolutePath().normalize();
        if (!force && Files.exists(target)) {
            throw new CommandFailure(target + " already exists: choose another name, or add --force to replace it.");
        }
        if (extension.equals("ics")) {
            return calendar(target);
        }
        ArchiveCounts counts;
        try (Journal journal = journals.openForReading()) {
            counts = new ArchiveExport(journal, journals.clock()).export(target, force,
                    new ArchiveProgressLines(spec.commandLine().getErr()));
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("Exported " + Words.list(List.of(
                Words.count(counts.people(), "person", "people"),
                Words.count(counts.interactions(), "conversation", "conversations"),
                Words.count(counts.favours(), "favour", "favours"),
                Words.count(counts.followUps(), "follow-up", "follow-ups"),
                Words.count(counts.reviews(), "review", "reviews"))) + " to " + target + ".");
        return 0;
    }

    /** FILE.ics: the calendar. */
    private int calendar(Path target) {
        CalendarCounts counts;
        try (Journal journal = journals.openForReading()) {
            counts = new CalendarExport(journal, journals.clock()).export(target, force);
        }
        spec.commandLine().getOut().println("Exported " + Words.list(List.of(
                Words.count(counts.birthdays(), "birthday", "birthdays"),
                Words.count(counts.dates(), "other date", "other dates"),
                Words.count(counts.followUps(), "open follow-up", "open follow-ups"))) + " to " + target + ".");
        return 0;
    }

    /** The file's extension, lower case, when Kith writes it; else a wrong command line. */
    private String checkExtension() {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        if (extension.equals("json") || extension.equals("ics")) {
            return extension;
        }
        if (LATER.contains(extension)) {
            throw new WrongValue("Kith cannot export ." + extension + " files yet, not in this version: for now it"
                    + " writes Kith archives (.json) and calendars (.ics); vCard and CSV exports come later.");
        }
        throw new WrongValue("Kith cannot tell from the name " + file + " what to write: name the file with .json"
                + " for a Kith archive, or .ics for a calendar.");
    }
}
