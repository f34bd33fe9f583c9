package app.kith.exchange.archive;

import app.kith.exchange.ExchangeException;
import app.kith.store.ImportOutcome;
import app.kith.store.ImportProgress;
import app.kith.store.ImportStopped;
import app.kith.store.Journal;
import app.kith.store.JournalContent;
import app.kith.store.JournalEntries;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.UUID;

/**
 * Reads a Kith archive file into the journal, all or nothing: the whole archive is read and checked
 * first (every problem reported with its place), then streamed from the file again as it is written, in one
 * transaction, so that an archive of any size imports in a small heap. People are matched
 * by id: see {@link Journal#importContent}.
 */
public final class ArchiveImport {

    private final Journal journal;

    public ArchiveImport(Journal journal) {
        this.journal = journal;
    }

    /**
     * @throws ArchiveException listing the archive's problems; the journal is unchanged then
     * @throws ExchangeException when the file cannot be read
     * @throws app.kith.store.JournalException when the journal refuses the entries; nothing is saved then
     */
    public ImportOutcome importFile(Path file) {
        return importFile(file, ArchiveProgress.NONE);
    }

    /**
     * {@link #importFile(Path)}, telling the progress each step: reading, checking, saving, scoring.
     *
     * @throws ArchiveStopped when the progress asked to stop; nothing is imported then
     */
    public ImportOutcome importFile(Path file, ArchiveProgress progress) {
        Set<UUID> knownPeople = new JournalEntries(journal).personIds();
        try {
            ArchiveEntries entries = new ArchiveReader().check(ArchiveFile.of(file), knownPeople, progress);
            return journal.importContent(entries, new Saving(progress));
        } catch (ImportStopped e) {
            throw ArchiveStopped.importing();
        } catch (IOException e) {
            throw ExchangeException.of("Kith could not read", file.toAbsolutePath(), e);
        } catch (UncheckedIOException e) {
            throw ExchangeException.of("Kith could not read", file.toAbsolutePath(), e.getCause());
        }
    }

    /**
     * Reads and checks an archive without importing it (a dry run, or one part of a larger import).
     *
     * @param knownPeople the ids of the people already in the journal, whom the archive's entries may name
     * @throws ArchiveException listing the archive's problems
     */
    public static ArchiveContent read(Path file, Set<UUID> knownPeople, ArchiveProgress progress) {
        try {
            return new ArchiveReader().read(ArchiveFile.of(file), knownPeople, progress);
        } catch (IOException e) {
            throw ExchangeException.of("Kith could not read", file.toAbsolutePath(), e);
        } catch (UncheckedIOException e) {
            throw ExchangeException.of("Kith could not read", file.toAbsolutePath(), e.getCause());
        }
    }

    /** The archive's entries as the store takes them. */
    public static JournalContent contentOf(ArchiveContent content) {
        return new JournalContent(content.people(), content.interactions(), content.favours(), content.followUps(),
                content.reviews());
    }

    /** The store's saving steps, told on as the archive's. */
    private record Saving(ArchiveProgress progress) implements ImportProgress {

        @Override
        public void saving(long done, long total) {
            progress.update(ArchiveProgress.Step.SAVING, done, total);
        }

        @Override
        public void scoring() {
            progress.update(ArchiveProgress.Step.SCORING, 0, 0);
        }

        @Override
        public boolean stopRequested() {
            return progress.stopRequested();
        }
    }
}
