package app.kith.sample;

import app.kith.store.Journal;
import java.time.LocalDate;
import java.util.function.BooleanSupplier;

/** Writes a realistic generated journal, following PRODUCT.md's personas, into an (empty) journal. */
public final class SampleGenerator {

    /**
     * Generates the sample into the journal, in batches.
     *
     * @param today the last day of the generated history
     * @param cancelled polled between batches; when it answers true the generation stops and
     *     nothing of it remains in the journal
     * @return what the journal holds afterwards, for a summary line
     */
    public app.kith.store.JournalCounts generate(Journal journal, SampleSpec spec, LocalDate today,
                                                  SampleProgress progress, BooleanSupplier cancelled) {
        throw new UnsupportedOperationException("the sample generator is being written");
    }
}
