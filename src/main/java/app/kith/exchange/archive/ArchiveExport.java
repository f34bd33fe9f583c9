package app.kith.exchange.archive;

import app.kith.domain.Favour;
import app.kith.domain.FollowUp;
import app.kith.domain.Interaction;
import app.kith.domain.Person;
import app.kith.domain.Review;
import app.kith.exchange.ExchangeException;
import app.kith.exchange.WholeFile;
import app.kith.store.Journal;
import app.kith.store.JournalCounts;
import app.kith.store.JournalEntries;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Consumer;

/**
 * Writes the whole journal to a Kith archive file, streamed from the journal in the archive's stable
 * order. The file appears whole or not at all ({@link WholeFile}).
 */
public final class ArchiveExport {

    private static final int BUFFER_BYTES = 1 << 16;

    private final Journal journal;
    private final Clock clock;
    private final ArchiveWriter writer = new ArchiveWriter();

    public ArchiveExport(Journal journal, Clock clock) {
        this.journal = journal;
        this.clock = clock;
    }

    /**
     * @param replace whether an existing file may be replaced
     * @return how many entries of each kind were written
     * @throws ExchangeException with a sentence when the file cannot be written; no file is left behind then
     */
    public ArchiveCounts export(Path file, boolean replace) {
        return export(file, replace, ArchiveProgress.NONE);
    }

    /**
     * {@link #export(Path, boolean)}, telling the progress how many entries are written.
     *
     * @throws ArchiveStopped when the progress asked to stop; no file is left behind then
     */
    public ArchiveCounts export(Path file, boolean replace, ArchiveProgress progress) {
        return WholeFile.write(file, replace, temporary -> writeTo(temporary, progress));
    }

    private ArchiveCounts writeTo(Path temporary, ArchiveProgress progress) throws IOException {
        ArchiveCounts counts;
        StepCount written = new StepCount(progress, ArchiveProgress.Step.WRITING, entriesIn(journal),
                ArchiveStopped::exporting);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary), BUFFER_BYTES)) {
            counts = writer.write(new JournalSource(new JournalEntries(journal)), clock.instant(), out, written::one);
        }
        written.finished();
        return counts;
    }

    private static long entriesIn(Journal journal) {
        JournalCounts counts = journal.counts();
        return (long) counts.people() + counts.interactions() + counts.favours() + counts.followUps()
                + journal.reviews().all().size();
    }

    /** The journal's entries, streamed from its tables in the archive's order. */
    private record JournalSource(JournalEntries entries) implements ArchiveSource {

        @Override
        public void people(Consumer<Person> each) {
            entries.eachPerson(each);
        }

        @Override
        public void interactions(Consumer<Interaction> each) {
            entries.eachInteraction(each);
        }

        @Override
        public void favours(Consumer<Favour> each) {
            entries.eachFavour(each);
        }

        @Override
        public void followUps(Consumer<FollowUp> each) {
            entries.eachFollowUp(each);
        }

        @Override
        public void reviews(Consumer<Review> each) {
            entries.eachReview(each);
        }
    }
}
