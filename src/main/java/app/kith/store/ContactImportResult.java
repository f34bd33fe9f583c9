package app.kith.store;

import app.kith.domain.Person;
import java.util.List;
import java.util.UUID;

/**
 * What an import of contacts did, and what its undo needs: the people it added, and the people it
 * merged details into as they were before.
 */
public record ContactImportResult(ImportOutcome outcome, List<UUID> added, List<Person> mergedBefore) {

    public ContactImportResult {
        added = List.copyOf(added);
        mergedBefore = List.copyOf(mergedBefore);
    }
}
