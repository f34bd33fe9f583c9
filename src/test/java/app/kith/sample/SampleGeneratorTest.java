package app.kith.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kith.domain.Person;
import app.kith.store.Journal;
import app.kith.store.JournalCounts;
import app.kith.store.JournalException;
import app.kith.store.JournalProbe;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample written into a real journal. */
class SampleGeneratorTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate TODAY = LocalDate.now(CLOCK);
    private static final SampleSpec SPEC = new SampleSpec(120, 15_000, 1_500, 6, 11);

    @TempDir
    Path folder;

    private Journal journal;

    @BeforeEach
    void open() {
        journal = Journal.open(folder, CLOCK);
    }

    @AfterEach
    void close() {
        journal.close();
    }

    @Test
    void writesExactlyTheStoryItTells() {
        StoryBook story = StoryBook.tell(SPEC, TODAY);
        List<String> progress = new ArrayList<>();

        JournalCounts counts = new SampleGenerator().generate(journal, SPEC, TODAY,
                (done, total, message) -> progress.add(done + "/" + total + " " + message), () -> false);

        assertThat(counts).isEqualTo(new JournalCounts(120, 15_000, 1_500, story.followUps.size()));
        assertThat(journal.counts()).isEqualTo(counts);
        assertThat(JournalProbe.personNames(journal))
                .containsExactlyElementsOf(story.people.stream().map(Person::name).sorted().toList());
        assertThat(JournalProbe.reviews(journal)).isEqualTo(story.reviews.size());
        assertThat(JournalProbe.latestInteraction(journal)).isBeforeOrEqualTo(TODAY);
        assertThat(JournalProbe.interactionsWithoutPeople(journal)).isZero();
        assertThat(journal.digests().stored()).as("the scores' digests are written with the sample")
                .hasSize(JournalProbe.digests(journal)).isEqualTo(journal.digests().recomputed()).isNotEmpty();
        assertThat(progress).contains("16740/16740 saving the journal")
                .anyMatch(line -> line.startsWith("10000/16740 interactions "))
                .anyMatch(line -> line.startsWith("16620/16740 computing the scores of "));
    }

    @Test
    void refusesAJournalThatAlreadyHasPeopleAndChangesNothing() {
        journal.people().add(Person.named("Ana Silva"));

        assertThatThrownBy(() -> new SampleGenerator().generate(journal, SPEC, TODAY, SampleProgress.NONE, () -> false))
                .isInstanceOf(JournalException.class)
                .hasMessage("The journal in " + journal.folder() + " already holds 1 person; a sample is only written"
                        + " into an empty journal.");
        assertThat(journal.counts()).isEqualTo(new JournalCounts(1, 0, 0, 0));
    }

    @Test
    void aCancelLeavesNothingOfTheSampleEvenAfterBatchesWereSent() {
        AtomicInteger polls = new AtomicInteger();
        // Polled every thousand entries: this cancels after 12,000, when a batch of 10,000 has gone out.
        JournalCounts counts = new SampleGenerator().generate(journal, SPEC, TODAY, SampleProgress.NONE,
                () -> polls.incrementAndGet() > 12);

        assertThat(polls.get()).isEqualTo(13);
        assertThat(counts).isEqualTo(new JournalCounts(0, 0, 0, 0));
        assertThat(journal.counts()).isEqualTo(counts);
        assertThat(JournalProbe.reviews(journal)).isZero();
    }

    @Test
    void aCancelAfterTheLastEntryStillLeavesNothing() {
        AtomicInteger polls = new AtomicInteger();
        int pollsWhileWriting = (SPEC.people() + SPEC.interactions() + SPEC.favours()) / 1_000;

        JournalCounts counts = new SampleGenerator().generate(journal, SPEC, TODAY, SampleProgress.NONE,
                () -> polls.incrementAndGet() > pollsWhileWriting);

        assertThat(counts.isEmpty()).isTrue();
        assertThat(journal.counts()).isEqualTo(new JournalCounts(0, 0, 0, 0));
    }
}
