package app.kith.store;

/**
 * What an import did.
 *
 * @param peopleAdded people new to the journal
 * @param peopleUpdated people already in the journal (same id) whose fields the import changed
 * @param peopleUnchanged people already in the journal exactly as imported
 * @param entriesSkipped conversations, favours, follow-ups and reviews already in the journal (same id)
 */
public record ImportOutcome(
        int peopleAdded,
        int peopleUpdated,
        int peopleUnchanged,
        int interactionsAdded,
        int favoursAdded,
        int followUpsAdded,
        int reviewsAdded,
        int entriesSkipped) {

    /** True when the import changed nothing: everything was in the journal already. */
    public boolean changedNothing() {
        return peopleAdded + peopleUpdated + interactionsAdded + favoursAdded + followUpsAdded + reviewsAdded == 0;
    }
}
