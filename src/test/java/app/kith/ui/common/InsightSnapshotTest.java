package app.kith.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.domain.Person;
import app.kith.store.Journal;
import app.kith.store.PersonSummary;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InsightSnapshotTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);

    @TempDir
    Path folder;

    private final DayClock clock = new DayClock(TODAY);
    private final HeldTasks tasks = new HeldTasks();
    private final JournalChanges changes = new JournalChanges();
    private final SimpleObjectProperty<Journal> open = new SimpleObjectProperty<>();
    private Journal journal;
    private InsightSnapshot snapshot;

    @BeforeEach
    void openJournal() {
        journal = Journal.open(folder.resolve("own"), clock);
        snapshot = new InsightSnapshot(tasks, open, changes, clock);
        open.set(journal);
    }

    @AfterEach
    void closeJournal() {
        journal.close();
    }

    private List<String> names() {
        return snapshot.reading().people().stream().map(PersonSummary::name).toList();
    }

    @Test
    void theJournalIsReadOnceWhenItOpensAndAgainAfterEachWrite() {
        assertThat(snapshot.reading()).isNull();
        assertThat(tasks.runAll()).isEqualTo(1);
        assertThat(snapshot.reading().people()).isEmpty();
        assertThat(snapshot.reading().asOf()).isEqualTo(TODAY);

        journal.people().add(Person.builder().name("Maya Cole").build());
        changes.changed();

        assertThat(tasks.runAll()).isEqualTo(1);
        assertThat(names()).containsExactly("Maya Cole");
        assertThat(snapshot.reading().insight().people()).hasSize(1);
    }

    @Test
    void aReadingOvertakenByALaterOneIsDropped() {
        tasks.runAll();
        journal.people().add(Person.builder().name("Maya Cole").build());
        changes.changed();
        journal.people().add(Person.builder().name("Tom Reed").build());
        changes.changed();

        // The later reading answers first; the earlier one, coming after it, must not replace it.
        tasks.runLatestFirst();

        assertThat(names()).containsExactly("Maya Cole", "Tom Reed");
    }

    @Test
    void aNewDayIsReadWhenAScreenAsksAndTheSameDayIsNot() {
        tasks.runAll();
        snapshot.refreshIfStale();
        assertThat(tasks.runAll()).isZero();

        clock.day = TODAY.plusDays(1);
        snapshot.refreshIfStale();

        assertThat(tasks.runAll()).isEqualTo(1);
        assertThat(snapshot.reading().asOf()).isEqualTo(TODAY.plusDays(1));
    }

    @Test
    void anotherJournalLeavesNothingOfTheLastOneAndALateAnswerAboutItIsIgnored() {
        tasks.runAll();
        journal.people().add(Person.builder().name("Maya Cole").build());
        changes.changed();
        try (Journal other = Journal.open(folder.resolve("other"), clock)) {
            open.set(other);
            assertThat(snapshot.reading()).isNull();

            tasks.runLatestFirst();

            assertThat(snapshot.reading().journal()).isSameAs(other);
            assertThat(snapshot.reading().people()).isEmpty();
            open.set(journal);
        }
    }

    /** Holds the tasks started so that a test chooses when, and in which order, they run. */
    private static final class HeldTasks implements TaskRunner {

        private final List<Runnable> held = new ArrayList<>();

        @Override
        public <T> BackgroundTask<T> read(Work<T> work) {
            return new BackgroundTask<>(work, task -> held.add(task.prepare(Runnable::run)));
        }

        @Override
        public <T> BackgroundTask<T> write(Work<T> work) {
            return read(work);
        }

        int runAll() {
            List<Runnable> now = List.copyOf(held);
            held.clear();
            now.forEach(Runnable::run);
            return now.size();
        }

        void runLatestFirst() {
            List<Runnable> now = new ArrayList<>(held);
            held.clear();
            for (int i = now.size() - 1; i >= 0; i--) {
                now.get(i).run();
            }
        }
    }

    private static final class DayClock extends Clock {

        private LocalDate day;

        DayClock(LocalDate day) {
            this.day = day;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return day.atTime(12, 0).toInstant(ZoneOffset.UTC);
        }
    }
}
