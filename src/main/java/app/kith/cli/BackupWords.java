package app.kith.cli;

import app.kith.store.BackupFile;
import app.kith.store.JournalCounts;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** How the command line says what a backup holds: "the backup of 22 Nov 2026, 10:00 (12 people, 340 conversations)". */
final class BackupWords {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

    private BackupWords() {
    }

    static String of(BackupFile backup, ZoneId zone) {
        return "the backup of " + WHEN.format(backup.takenAt().atZone(zone)) + " (" + holds(backup.counts()) + ")";
    }

    static String holds(JournalCounts counts) {
        return Words.list(List.of(Words.count(counts.people(), "person", "people"),
                Words.count(counts.interactions(), "conversation", "conversations"),
                Words.count(counts.favours(), "favour", "favours"),
                Words.count(counts.followUps(), "follow-up", "follow-ups")));
    }
}
