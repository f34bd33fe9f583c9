package app.kith.store;

import java.util.UUID;

/**
 * Someone an imported person matches: a person already in the journal, or one read earlier in the same import.
 *
 * @param inJournal false when the match is an earlier record of the same import
 */
public record PersonMatch(UUID personId, String name, MatchBy by, boolean inJournal) {
}
