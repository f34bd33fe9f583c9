package app.kith.store;

import java.nio.file.Path;
import java.time.Instant;

/**
 * One backup of the journal: where it is, when it was taken, what it holds.
 *
 * @param label why it was taken, e.g. "closing", "daily", "manual", "before-restore", "before-migration"
 * @param counts what it holds; null for a backup written before Kith recorded it (it is counted when restored)
 * @param encrypted true when it opens only with the passphrase the journal had when it was taken
 */
public record BackupFile(Path file, Instant takenAt, String label, JournalCounts counts, boolean encrypted) {
}
