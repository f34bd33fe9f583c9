package app.kith.exchange.archive;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import java.util.UUID;

/**
 * Reads a Kith archive (PRODUCT.md, "The Kith archive") into domain records, or refuses it with
 * every problem found, each with its path. Nothing is written anywhere: importing is the store's job.
 *
 * <p>The file is streamed, one entry at a time: a first pass checks the JSON and the header and learns the
 * ids ({@link ArchiveOutline}), a second checks every entry ({@link ArchiveEntries}); an import then reads
 * the entries a third time as the journal writes them, so that no archive needs to fit in memory.
 */
public final class ArchiveReader {

    public static final String FORMAT = "kith-archive";
    public static final int VERSION = 1;

    private final ObjectMapper mapper = new ObjectMapper(JsonProblems.factory());

    /**
     * @param knownPeople people already in the journal, which the archive's entries may name
     * @throws ArchiveException listing every problem when the archive cannot be imported as a whole
     * @throws IOException when the file cannot be read
     */
    public ArchiveContent read(InputStream in, Set<UUID> knownPeople) throws IOException {
        return read(in, knownPeople, ArchiveProgress.NONE);
    }

    /**
     * {@link #read(InputStream, Set)}, telling the progress how many bytes are read and entries checked.
     *
     * @throws ArchiveStopped when the progress asks to stop
     */
    public ArchiveContent read(InputStream in, Set<UUID> knownPeople, ArchiveProgress progress) throws IOException {
        return entries(ArchiveFile.of(in.readAllBytes()), knownPeople, progress).check(progress, true);
    }

    /** The archive's entries, all in memory. */
    ArchiveContent read(ArchiveFile file, Set<UUID> knownPeople, ArchiveProgress progress) throws IOException {
        return entries(file, knownPeople, progress).check(progress, true);
    }

    /** The archive checked, its entries left in the file to be streamed from it. */
    ArchiveEntries check(ArchiveFile file, Set<UUID> knownPeople, ArchiveProgress progress) throws IOException {
        ArchiveEntries entries = entries(file, knownPeople, progress);
        entries.check(progress, false);
        return entries;
    }

    private ArchiveEntries entries(ArchiveFile file, Set<UUID> knownPeople, ArchiveProgress progress)
            throws IOException {
        try (InputStream in = new CountingInput(file.open(), file.size(), progress)) {
            return new ArchiveEntries(mapper, file, ArchiveOutline.of(in, mapper), knownPeople);
        }
    }
}
