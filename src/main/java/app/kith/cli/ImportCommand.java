package app.kith.cli;

import app.kith.exchange.archive.ArchiveException;
import app.kith.exchange.archive.ArchiveImport;
import app.kith.exchange.contacts.ContactFormat;
import app.kith.exchange.csv.ColumnMapping;
import app.kith.exchange.contacts.TextInput;
import app.kith.exchange.imports.ContactFiles;
import app.kith.exchange.imports.ContactImport;
import app.kith.exchange.imports.ImportPreview;
import app.kith.store.ContactImportResult;
import app.kith.store.Database;
import app.kith.store.ImportOutcome;
import app.kith.store.ImportProgress;
import app.kith.store.Journal;
import app.kith.store.MatchChoice;
import app.kith.store.MatchKeys;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code kith import FILE…}: brings people in from vCard files, CSV exports (Google, Outlook, LinkedIn,
 * Thunderbird, or mapped) and Kith archives, each recognised from its content; all or nothing, after a
 * preview that {@code --dry-run} prints without writing anything.
 */
@Command(name = "import",
        description = {"Reads contacts (vCard, Google/Outlook/LinkedIn/Thunderbird CSV) and Kith archives, all or"
                + " nothing.",
            "Any CSV is read with --map; the format is told from each file's content. "
                + "A person who matches someone (same email, same phone, or the same name) is merged by default. "
                + "Archives: people with an id already in the journal take the archive's fields; entries already in "
                + "the journal are kept, so importing an archive twice changes nothing."})
final class ImportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "The files to read, e.g. contacts.vcf.")
    private List<Path> files;

    @Option(names = "--dry-run", description = "Show what would be imported; write nothing.")
    private boolean dryRun;

    @Option(names = "--json", description = "Print the preview as JSON.")
    private boolean json;

    @Option(names = "--on-match", paramLabel = "merge|keep-both|skip", defaultValue = "merge",
            description = "What to do with someone who matches a person (default: merge).")
    private String onMatch;

    @Option(names = "--map", paramLabel = "COLUMN=field", description = "What a CSV column holds, for a CSV whose"
            + " columns Kith does not recognise (repeatable), e.g. --map \"Full name=name\".")
    private List<String> map = new ArrayList<>();

    private final JournalAccess journals;

    ImportCommand(JournalAccess journals) {
        this.journals = journals;
    }

    @Override
    public Integer call() {
        MatchChoice choice = MatchChoice.ofCode(onMatch).orElseThrow(() -> new WrongValue("--on-match: " + onMatch
                + " is not merge, keep-both or skip."));
        ColumnMapping mapping;
        try {
            mapping = ColumnMapping.parse(map);
        } catch (IllegalArgumentException e) {
            throw new WrongValue(e.getMessage());
        }
        List<Path> sources = files.stream().map(f -> f.toAbsolutePath().normalize()).toList();
        if (!dryRun && !json && sources.size() == 1 && mapping.isEmpty() && isArchive(sources.get(0))) {
            return importArchive(sources.get(0));
        }
        MatchKeys keys = MatchKeys.ofDefaultLocale();
        if (!Files.exists(journals.folder().resolve(Database.FILE_NAME + ".mv.db"))) {
            // No journal yet: everyone is new. A dry run, or a refused file, creates nothing; the journal is made
            // only when there is something to write into it.
            ImportPreview preview = ContactImport.preview(sources, mapping, null, keys, choice, () -> false);
            if (dryRun || !preview.refused().isEmpty()) {
                return report(preview, null);
            }
            try (Journal journal = journals.open()) {
                return report(preview, journal);
            }
        }
        // The preview only reads: after a dry run or a refused file, the journal's file is byte for byte as it was.
        return journals.readThenWrite((reader, writer) -> {
            ImportPreview preview;
            try (reader) {
                preview = ContactImport.preview(sources, mapping, reader, keys, choice, () -> false);
                if (dryRun || !preview.refused().isEmpty()) {
                    return report(preview, reader);
                }
            }
            try (Journal journal = writer.get()) {
                return report(preview, journal);
            }
        });
    }

    private int report(ImportPreview preview, Journal journal) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (json) {
            out.println(ImportReport.json(preview));
        } else if (dryRun) {
            ImportReport.lines(preview, id -> journal == null ? null : journal.contacts().person(id), out);
        }
        if (!preview.refused().isEmpty()) {
            if (!json) {
                preview.refused().forEach(r -> err.println(r.reason()));
            }
            err.println("Nothing was imported: the journal is as it was.");
            return 1;
        }
        if (dryRun) {
            if (!json) {
                out.println("This was a dry run: nothing was written.");
            }
            return 0;
        }
        ContactImportResult result = ContactImport.apply(journal, preview, preview.candidates(), ImportProgress.NONE);
        if (!json) {
            out.println(summary(result, preview));
            preview.files().forEach(f -> f.report().rejected().forEach(r -> out.println("  " + f.report().file()
                    + ", line " + r.line() + ": " + r.reason())));
        }
        return 0;
    }

    /** "Imported 12 people; merged 3 into people already there; skipped 1; 2 records were rejected:" */
    static String summary(ContactImportResult result, ImportPreview preview) {
        ImportOutcome outcome = result.outcome();
        long skipped = preview.candidates().stream().filter(c -> c.choice() == MatchChoice.SKIP).count();
        long rejected = preview.files().stream().mapToLong(f -> f.report().rejected().size()).sum();
        List<String> parts = new ArrayList<>();
        parts.add("Imported " + Words.count(outcome.peopleAdded(), "person", "people") + " from "
                + Words.list(preview.files().stream().map(f -> String.valueOf(f.report().file().getFileName()))
                .toList()));
        if (outcome.interactionsAdded() + outcome.favoursAdded() + outcome.followUpsAdded() > 0) {
            parts.add(Words.list(List.of(Words.count(outcome.interactionsAdded(), "conversation", "conversations"),
                    Words.count(outcome.favoursAdded(), "favour", "favours"),
                    Words.count(outcome.followUpsAdded(), "follow-up", "follow-ups"))) + " came with them");
        }
        if (!result.mergedBefore().isEmpty()) {
            parts.add("merged details into " + Words.count(result.mergedBefore().size(), "person", "people")
                    + " already in the journal");
        }
        if (skipped > 0) {
            parts.add("skipped " + Words.count(skipped, "match", "matches"));
        }
        String text = String.join("; ", parts);
        return rejected == 0 ? text + "." : text + "; " + Words.count(rejected, "record was", "records were")
                + " rejected:";
    }

    private static boolean isArchive(Path file) {
        try {
            return ContactFiles.recognise(TextInput.open(file)) == ContactFormat.KITH_ARCHIVE;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private int importArchive(Path source) {
        ImportOutcome outcome;
        try (Journal journal = journals.open()) {
            outcome = new ArchiveImport(journal).importFile(source,
                    new ArchiveProgressLines(spec.commandLine().getErr()));
        } catch (ArchiveException e) {
            throw new CommandFailure(e.messageFor(source.toString()) + System.lineSeparator()
                    + "Nothing was imported: the journal is as it was.", e);
        }
        spec.commandLine().getOut().println(summary(outcome, source));
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
