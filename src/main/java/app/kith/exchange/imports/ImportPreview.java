package app.kith.exchange.imports;

import app.kith.store.ImportCandidate;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Everything an import would do, before anything is written: each file read, and the files refused
 * whole. With a refused file nothing at all is imported.
 *
 * @param journalPeople the ids of the people in the journal when the preview was made (an archive's
 *        people with one of these ids update that person)
 */
public record ImportPreview(List<FilePreview> files, List<Refused> refused, Set<UUID> journalPeople) {

    /** A file that cannot be imported at all, and the sentence that says why (naming it). */
    public record Refused(Path file, String reason) {
    }

    public ImportPreview {
        files = List.copyOf(files);
        refused = List.copyOf(refused);
        journalPeople = Set.copyOf(journalPeople);
    }

    /** Every candidate of every file, in the order read. */
    public List<ImportCandidate> candidates() {
        return files.stream().flatMap(file -> file.candidates().stream()).toList();
    }
}
