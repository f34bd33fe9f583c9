package app.kith.sample;

import app.kith.insight.HalfLife;
import app.kith.insight.JournalInsight;
import java.time.LocalDate;
import java.util.Map;

/**
 * The insight of a sample journal told in memory, written nowhere: for pages that explain the model with made-up
 * people while the person's own journal has nothing to show yet.
 */
public final class SampleInsight {

    private SampleInsight() {
    }

    /** The sample {@code spec} describes, as of {@code today}, scored with the default half-life. */
    public static JournalInsight of(SampleSpec spec, LocalDate today) {
        ToldSample journal = new ToldSample();
        journal.collect(spec, today);
        // Past reviews only snooze; the page's examples do without them.
        return JournalInsight.compute(journal.people, journal.interactions, journal.favours, journal.followUps,
                Map.of(), today, HalfLife.DEFAULT.days());
    }
}
