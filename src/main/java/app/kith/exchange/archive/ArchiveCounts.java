package app.kith.exchange.archive;

/** How many entries of each kind an archive holds. */
public record ArchiveCounts(int people, int interactions, int favours, int followUps, int reviews) {
}
