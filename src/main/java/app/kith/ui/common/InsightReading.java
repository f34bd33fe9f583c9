package app.kith.ui.common;

import app.kith.insight.JournalInsight;
import app.kith.store.Journal;
import app.kith.store.PersonSummary;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One reading of the open journal as the window shows it, as of a day: everyone's insight (figures, labels, rings,
 * the review queue, the follow-ups due) and everyone's summary for the lists. Every screen reads the same one, so
 * that no screen scores the journal on its own and all of them agree.
 *
 * @param journal the journal it was read from: a screen compares it with the open one to drop a late reading
 * @param people everyone, archived included, in name order
 */
public record InsightReading(Journal journal, JournalInsight insight, List<PersonSummary> people) {

    public InsightReading {
        Objects.requireNonNull(journal, "journal");
        Objects.requireNonNull(insight, "insight");
        people = List.copyOf(people);
    }

    /** The day the insight is as of (today when it was read). */
    public LocalDate asOf() {
        return insight.asOf();
    }

    /** Reads the journal as of the day; runs in the background. */
    public static InsightReading read(Journal journal, LocalDate day) {
        JournalInsight insight = journal.scores().asOf(day);
        return new InsightReading(journal, insight, journal.people().summaries());
    }
}
