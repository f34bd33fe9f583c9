package app.kith.exchange.archive;

import app.kith.exchange.ExchangeException;
import app.kith.store.ImportOutcome;
import app.kith.store.Journal;
import app.kith.store.JournalContent;
import app.kith.store.JournalEntries;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a Kith archive file into the journal, all or nothing: the whole archive is read and checked
 * first (every problem reported with its place), then written in one transaction. People are matched
 * by id: see {@link Journal#importContent}.
 */
public final class ArchiveImport {

    private final Journal journal;
    private final ArchiveReader reader = new ArchiveReader();

    public ArchiveImport(Journal journal) {
        this.journal = journal;
    }

    /**
     * @throws ArchiveException listing the archive's problems; the journal is unchanged then
     * @throws ExchangeException when the file cannot be read
     * @throws app.kith.store.JournalException when the journal refuses the entries; nothing is saved then
     */
    public ImportOutcome importFile(Path file) {
        ArchiveContent content;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            content = reader.read(in, new JournalEntries(journal).personIds());
        } catch (IOException e) {
            throw ExchangeException.of("Kith could not read", file.toAbsolutePath(), e);
        }
        return journal.importContent(new JournalContent(content.people(), content.interactions(),
                content.favours(), content.followUps(), content.reviews()));
    }
}
