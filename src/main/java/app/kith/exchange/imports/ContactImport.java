package app.kith.exchange.imports;

import app.kith.domain.Person;
import app.kith.exchange.archive.ArchiveContent;
import app.kith.exchange.archive.ArchiveException;
import app.kith.exchange.archive.ArchiveImport;
import app.kith.exchange.contacts.ContactFileRefused;
import app.kith.exchange.contacts.ContactFormat;
import app.kith.exchange.contacts.ContactRecord;
import app.kith.exchange.csv.ColumnMapping;
import app.kith.store.ContactImportResult;
import app.kith.store.ImportCandidate;
import app.kith.store.ImportPlan;
import app.kith.store.ImportProgress;
import app.kith.store.Journal;
import app.kith.store.JournalContent;
import app.kith.store.JournalEntries;
import app.kith.store.MatchChoice;
import app.kith.store.MatchKeys;
import app.kith.store.PeopleIndex;
import app.kith.store.PersonMatch;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;

/**
 * An import of contacts in two steps: a preview (every file read, every person matched against the
 * journal and the import's earlier people, nothing written), then the import of the preview with the
 * user's choices, all or nothing in one transaction.
 */
public final class ContactImport {

    private ContactImport() {
    }

    /**
     * @param journal the open journal, or null when there is none yet (everyone is new then)
     * @param choice what is chosen for every match to begin with
     */
    public static ImportPreview preview(List<Path> files, ColumnMapping mapping, Journal journal, MatchKeys keys,
                                        MatchChoice choice, BooleanSupplier stop) {
        PeopleIndex index = journal == null ? PeopleIndex.empty(keys) : journal.contacts().index(keys);
        Set<UUID> known = journal == null ? Set.of() : new JournalEntries(journal).personIds();
        List<FilePreview> read = new ArrayList<>();
        List<ImportPreview.Refused> refused = new ArrayList<>();
        for (Path file : files) {
            try {
                FileReport report = ContactFiles.read(file, mapping, known, stop);
                read.add(new FilePreview(report, report.format() == ContactFormat.KITH_ARCHIVE ? List.of()
                        : matched(report.people(), index, choice)));
            } catch (ContactFileRefused e) {
                refused.add(new ImportPreview.Refused(file, e.getMessage()));
            } catch (ArchiveException e) {
                refused.add(new ImportPreview.Refused(file, e.messageFor(file.toString())));
            }
        }
        return new ImportPreview(read, refused, known);
    }

    private static List<ImportCandidate> matched(List<ContactRecord> records, PeopleIndex index, MatchChoice choice) {
        List<ImportCandidate> candidates = new ArrayList<>(records.size());
        for (ContactRecord record : records) {
            Person person = record.person();
            PersonMatch match = index.find(person);
            if (match == null || choice == MatchChoice.KEEP_BOTH) {
                index.addImported(person);
            }
            candidates.add(new ImportCandidate(person, match, match == null ? null : choice));
        }
        return candidates;
    }

    /**
     * Imports the preview with these choices (the preview's own, or the user's changed ones), all or nothing.
     *
     * @param candidates every candidate of the preview, in its order, with the choice made for each
     * @throws IllegalStateException when the preview refused a file: nothing of it may be imported
     * @throws app.kith.store.ImportStopped when the progress asked to stop; nothing is written then
     */
    public static ContactImportResult apply(Journal journal, ImportPreview preview, List<ImportCandidate> candidates,
                                            ImportProgress progress) {
        if (!preview.refused().isEmpty()) {
            throw new IllegalStateException("A preview with refused files is not imported");
        }
        ImportPlan plan = ImportPlan.of(candidates, journal.contacts()::person);
        return journal.contacts().apply(plan, archives(preview), progress);
    }

    /** Every archive's entries, together. */
    private static JournalContent archives(ImportPreview preview) {
        List<ArchiveContent> contents = preview.files().stream().map(f -> f.report().archive())
                .filter(java.util.Objects::nonNull).toList();
        if (contents.isEmpty()) {
            return new JournalContent(List.of(), List.of(), List.of(), List.of(), List.of());
        }
        if (contents.size() == 1) {
            return ArchiveImport.contentOf(contents.get(0));
        }
        List<Person> people = new ArrayList<>();
        List<app.kith.domain.Interaction> interactions = new ArrayList<>();
        List<app.kith.domain.Favour> favours = new ArrayList<>();
        List<app.kith.domain.FollowUp> followUps = new ArrayList<>();
        List<app.kith.domain.Review> reviews = new ArrayList<>();
        for (ArchiveContent content : contents) {
            people.addAll(content.people());
            interactions.addAll(content.interactions());
            favours.addAll(content.favours());
            followUps.addAll(content.followUps());
            reviews.addAll(content.reviews());
        }
        return new JournalContent(people, interactions, favours, followUps, reviews);
    }
}
