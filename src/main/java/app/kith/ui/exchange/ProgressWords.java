package app.kith.ui.exchange;

import app.kith.exchange.archive.ArchiveProgress.Step;
import java.util.Locale;

/** An archive step's progress in words, e.g. "Saving into the journal… 12,000 of 56,113 entries". */
final class ProgressWords {

    private static final double MEGABYTE = 1024.0 * 1024.0;

    private ProgressWords() {
    }

    static String of(Step step, long done, long total) {
        return switch (step) {
            case READING -> String.format(Locale.ROOT, "Reading the archive… %.1f of %.1f MB", done / MEGABYTE,
                    total / MEGABYTE);
            case CHECKING -> "Checking the entries… " + of(done, total);
            case SAVING -> "Saving into the journal… " + of(done, total);
            case SCORING -> "Updating the scores of the people concerned…";
            case WRITING -> "Writing the archive… " + of(done, total);
        };
    }

    private static String of(long done, long total) {
        return ArchiveSummary.number(done) + " of " + ArchiveSummary.number(total) + (total == 1 ? " entry" : " entries");
    }
}
