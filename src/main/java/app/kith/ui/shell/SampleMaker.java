package app.kith.ui.shell;

import app.kith.sample.SampleGenerator;
import app.kith.sample.SampleProgress;
import app.kith.sample.SampleSpec;
import app.kith.store.Journal;
import app.kith.store.JournalCounts;
import java.time.LocalDate;
import java.util.function.BooleanSupplier;

/** Fills an empty journal with a generated sample, reporting progress and stopping when asked. */
@FunctionalInterface
public interface SampleMaker {

    /**
     * @param cancelled polled while writing; when it turns true nothing of the sample remains
     * @return what the journal holds afterwards
     */
    JournalCounts make(Journal journal, LocalDate today, SampleProgress progress, BooleanSupplier cancelled);

    /** The sample generator with a size and seed. */
    static SampleMaker using(SampleGenerator generator, SampleSpec spec) {
        return (journal, today, progress, cancelled) -> generator.generate(journal, spec, today, progress, cancelled);
    }
}
