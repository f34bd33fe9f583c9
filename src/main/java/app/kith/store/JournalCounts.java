package app.kith.store;

/** How much the journal holds: shown honestly wherever the journal is summed up. */
public record JournalCounts(int people, int interactions, int favours, int followUps) {

    public boolean isEmpty() {
        return people == 0;
    }
}
