package app.kith.exchange.imports;

import app.kith.store.ImportCandidate;
import java.util.List;

/**
 * One file of an import as the preview shows it: what it holds, and for each person read (a Kith
 * archive's people excepted: they are matched by id) whom they match and what is chosen for them.
 */
public record FilePreview(FileReport report, List<ImportCandidate> candidates) {

    public FilePreview {
        candidates = List.copyOf(candidates);
    }
}
