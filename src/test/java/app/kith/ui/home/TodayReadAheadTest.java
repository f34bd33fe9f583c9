package app.kith.ui.home;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.domain.Person;
import app.kith.store.Journal;
import app.kith.store.JournalCounts;
import app.kith.store.PersonSummary;
import app.kith.store.TodayJournal;
import app.kith.ui.common.InsightSnapshot;
import app.kith.ui.common.JournalChanges;
import app.kith.ui.common.OfferedUndos;
import app.kith.ui.common.ReadAhead;
import app.kith.ui.common.RecordingEditor;
import app.kith.ui.common.SameThreadTaskRunner;
import java.nio.file.Path;
import java.util.Locale;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Start-up's reads ahead ({@link ReadAhead}): the insight and Today's cards, begun as soon as the journal opens, are
 * what the shared snapshot and Today show when the window asks, once; a failed one is said as a failed read is.
 */
class TodayReadAheadTest {

    @TempDir
    Path folder;

    private final SimpleObjectProperty<Journal> journal = new SimpleObjectProperty<>();
    private final SimpleObjectProperty<JournalCounts> counts = new SimpleObjectProperty<>();
    private final JournalChanges changes = new JournalChanges();
    private final SameThreadTaskRunner tasks = new SameThreadTaskRunner();
    private final ReadAhead ahead = new ReadAhead(tasks, TodayJournal.CLOCK);
    private final InsightSnapshot insight = new InsightSnapshot(tasks, journal, changes, TodayJournal.CLOCK, ahead);
    private final TodayViewModel today = new TodayViewModel(insight, tasks,
            new TodayViewModel.JournalFacts(journal, counts, new SimpleObjectProperty<>(folder),
                    new SimpleBooleanProperty(), ahead),
            new TodayViewModel.Links(person -> { }, new RecordingEditor(), () -> { }), changes,
            new OfferedUndos((message, undo) -> { }), TodayJournal.CLOCK, Locale.UK);
    private Journal opened;

    @BeforeEach
    void open() {
        opened = Journal.open(folder.resolve("own"), TodayJournal.CLOCK);
        new TodayJournal().writeTo(opened);
    }

    @AfterEach
    void close() {
        opened.close();
    }

    private boolean snapshotShows(String name) {
        return insight.reading().people().stream().map(PersonSummary::name).anyMatch(name::equals);
    }

    @Test
    void whatWasReadAheadIsShownAtOnceAndTheNextWriteIsReadAfresh() {
        ahead.begin(opened);
        // Written behind the window's back after the reads began: only a read made afterwards can know her.
        opened.people().add(Person.builder().name("Zoe Late").build());

        journal.set(opened);
        counts.set(opened.counts());
        today.activate();

        assertThat(today.reportProperty().get()).as("Today is filled from the reads ahead").isNotNull();
        assertThat(today.reachOut()).isNotEmpty();
        assertThat(snapshotShows("Zoe Late")).as("the snapshot took the reading begun ahead").isFalse();

        changes.changed();

        assertThat(snapshotShows("Zoe Late")).as("a read ahead is handed over once only").isTrue();
    }

    @Test
    void readsAheadOfAnotherJournalAreNotShown() throws Exception {
        try (Journal other = Journal.open(folder.resolve("other"), TodayJournal.CLOCK)) {
            ahead.begin(other);
            journal.set(opened);
            today.activate();

            assertThat(insight.reading().journal()).isSameAs(opened);
            assertThat(insight.reading().people()).isNotEmpty();
            assertThat(today.reportProperty().get()).isNotNull();
        }
    }

    @Test
    void readsAheadThatFailedAreSaidAsTheWindowsOwnFailedReadsAre() {
        opened.close();
        ahead.begin(opened);

        journal.set(opened);
        today.activate();

        assertThat(insight.reading()).isNull();
        assertThat(insight.problemProperty().get()).isEqualTo("Kith could not read this journal's insight.");
        assertThat(today.problemProperty().get()).isEqualTo("Kith could not read what Today shows.");
        assertThat(today.reportProperty().get()).isNull();
    }
}
