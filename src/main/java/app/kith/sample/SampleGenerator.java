package app.kith.sample;

import app.kith.domain.Favour;
import app.kith.domain.FollowUp;
import app.kith.domain.Interaction;
import app.kith.domain.Person;
import app.kith.domain.Review;
import app.kith.store.BulkWriter;
import app.kith.store.Journal;
import app.kith.store.JournalCounts;
import app.kith.store.JournalException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.function.BooleanSupplier;

/** Writes a realistic generated journal, following PRODUCT.md's personas, into an (empty) journal. */
public final class SampleGenerator {

    /** How often (in entries) the generation looks whether it was cancelled. */
    private static final int CANCEL_CHECK_EVERY = 1_000;

    /**
     * Generates the sample into the journal, in batches, all in one transaction.
     *
     * @param today the last day of the generated history
     * @param cancelled polled between batches; when it answers true the generation stops and
     *     nothing of it remains in the journal
     * @return what the journal holds afterwards, for a summary line
     * @throws JournalException when the journal already holds people, or cannot be written
     */
    public JournalCounts generate(Journal journal, SampleSpec spec, LocalDate today,
                                  SampleProgress progress, BooleanSupplier cancelled) {
        JournalCounts before = journal.counts();
        if (!before.isEmpty()) {
            throw new JournalException("The journal in " + journal.folder() + " already holds "
                    + people(before.people()) + "; a sample is only written into an empty journal.");
        }
        try (BulkWriter writer = BulkWriter.begin(journal.database())) {
            WritingSink sink = new WritingSink(writer, spec, today, progress, cancelled);
            new SampleStory(spec, today).tell(sink);
            sink.checkCancelled();
            // The scores' per-person digests, in the same transaction: the sample is never saved without them.
            writer.recomputeDigests((done, people) -> progress.update(
                    sink.writingUnits + (people == 0 ? 0 : done * spec.people() / people), sink.total,
                    "computing the scores of " + number(people) + " people"));
            sink.checkCancelled();
            progress.update(sink.total, sink.total, "saving the journal");
            writer.commit();
        } catch (Cancelled e) {
            // Closing the writer without a commit has rolled every entry back.
        }
        return journal.counts();
    }

    /** "1 person", "1,000 people". */
    private static String people(long count) {
        return count == 1 ? "1 person" : number(count) + " people";
    }

    static String number(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    /** Unwinds the story when the caller cancels. */
    private static final class Cancelled extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Cancelled() {
            super("the sample was cancelled", null, false, false);
        }
    }

    /** Hands the story to the bulk writer, counting, reporting and looking out for a cancel. */
    private static final class WritingSink implements SampleSink {
        private final BulkWriter writer;
        private final SampleSpec spec;
        private final LocalDateTime todayStamp;
        private final SampleProgress progress;
        private final BooleanSupplier cancelled;
        /** Units of the writing itself: people, conversations and favours. */
        private final long writingUnits;
        private final long total;
        private long people;
        private long interactions;
        private long favours;

        WritingSink(BulkWriter writer, SampleSpec spec, LocalDate today, SampleProgress progress,
                    BooleanSupplier cancelled) {
            this.writer = writer;
            this.spec = spec;
            this.todayStamp = today.atStartOfDay();
            this.progress = progress;
            this.cancelled = cancelled;
            this.writingUnits = (long) spec.people() + spec.interactions() + spec.favours();
            // Then every person once more, when their scores are computed.
            this.total = writingUnits + spec.people();
        }

        @Override
        public void person(Person person) {
            writer.add(person, todayStamp);
            people++;
            written();
        }

        @Override
        public void interaction(Interaction interaction) {
            writer.add(interaction, interaction.date().atStartOfDay());
            interactions++;
            written();
        }

        @Override
        public void favour(Favour favour) {
            writer.add(favour, favour.date().atStartOfDay());
            favours++;
            written();
        }

        @Override
        public void followUp(FollowUp followUp) {
            writer.add(followUp, todayStamp);
        }

        @Override
        public void review(Review review) {
            writer.add(review, review.date().atStartOfDay());
        }

        void checkCancelled() {
            if (cancelled.getAsBoolean()) {
                throw new Cancelled();
            }
        }

        private void written() {
            long done = people + interactions + favours;
            if (done % CANCEL_CHECK_EVERY == 0) {
                checkCancelled();
            }
            if (done % BulkWriter.BATCH_ROWS == 0 || done == writingUnits || people == spec.people() && done == people) {
                progress.update(done, total, message());
            }
        }

        private String message() {
            if (interactions == 0 && favours == 0) {
                return "people " + number(people) + " of " + number(spec.people());
            }
            return "interactions " + number(interactions) + " of " + number(spec.interactions())
                    + ", favours " + number(favours) + " of " + number(spec.favours());
        }
    }
}
