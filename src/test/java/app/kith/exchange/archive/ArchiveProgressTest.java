package app.kith.exchange.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kith.exchange.archive.ArchiveProgress.Step;
import app.kith.store.Journal;
import app.kith.store.JournalCounts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Imports and exports tell how far they have come, and stop when asked, leaving nothing behind. */
class ArchiveProgressTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);
    private static final int CONVERSATIONS = 3_000;

    @TempDir
    Path temp;
    private Path archive;

    @BeforeEach
    void archive() throws IOException {
        archive = TestArchives.conversations(temp.resolve("big.json"), CONVERSATIONS);
    }

    @Test
    void anImportTellsEachStepInOrderAndEndsWithEverythingSaved() {
        Recorder recorder = new Recorder(update -> false);
        try (Journal journal = Journal.open(temp.resolve("j"), CLOCK)) {
            new ArchiveImport(journal).importFile(archive, recorder);
        }

        assertThat(recorder.updates.stream().map(Update::step).distinct())
                .containsExactly(Step.READING, Step.CHECKING, Step.SAVING, Step.SCORING);
        Update lastSaving = recorder.updates.stream().filter(u -> u.step() == Step.SAVING).reduce((a, b) -> b).orElseThrow();
        assertThat(lastSaving.done()).isEqualTo(CONVERSATIONS + 2).isEqualTo(lastSaving.total());
        assertThat(recorder.updates.stream().filter(u -> u.step() == Step.SAVING)).hasSizeGreaterThan(2);
    }

    @ParameterizedTest
    @EnumSource(value = Step.class, names = {"READING", "CHECKING", "SAVING", "SCORING"})
    void anImportStoppedAtAnyStepLeavesTheJournalAsItWas(Step stopAt) {
        Recorder recorder = new Recorder(update -> update.step() == stopAt);
        try (Journal journal = Journal.open(temp.resolve("j"), CLOCK)) {
            assertThatThrownBy(() -> new ArchiveImport(journal).importFile(archive, recorder))
                    .isInstanceOf(ArchiveStopped.class)
                    .hasMessage("The import was stopped: nothing was imported, the journal is as it was.");
            assertThat(journal.counts()).isEqualTo(new JournalCounts(0, 0, 0, 0));
        }
    }

    @Test
    void anExportTellsHowManyEntriesAreWritten() {
        Path out = temp.resolve("out.json");
        Recorder recorder = new Recorder(update -> false);
        try (Journal journal = Journal.open(temp.resolve("j"), CLOCK)) {
            new ArchiveImport(journal).importFile(archive);
            new ArchiveExport(journal, CLOCK).export(out, false, recorder);
        }

        assertThat(recorder.updates).allMatch(update -> update.step() == Step.WRITING);
        assertThat(recorder.updates.get(recorder.updates.size() - 1))
                .isEqualTo(new Update(Step.WRITING, CONVERSATIONS + 2, CONVERSATIONS + 2));
        assertThat(out).exists();
    }

    @Test
    void aStoppedExportLeavesNoFileBehind() throws IOException {
        Path out = temp.resolve("out").resolve("kith.json");
        Files.createDirectories(out.getParent());
        Recorder recorder = new Recorder(update -> update.done() > 0);
        try (Journal journal = Journal.open(temp.resolve("j"), CLOCK)) {
            new ArchiveImport(journal).importFile(archive);
            assertThatThrownBy(() -> new ArchiveExport(journal, CLOCK).export(out, false, recorder))
                    .isInstanceOf(ArchiveStopped.class)
                    .hasMessage("The export was stopped: no file was written.");
        }
        try (Stream<Path> left = Files.list(out.getParent())) {
            assertThat(left).isEmpty();
        }
    }

    private record Update(Step step, long done, long total) {
    }

    /** Keeps every update; asks to stop once an update passes the check. */
    private static final class Recorder implements ArchiveProgress {
        final List<Update> updates = new ArrayList<>();
        private final Predicate<Update> stopWhen;
        private boolean stop;

        Recorder(Predicate<Update> stopWhen) {
            this.stopWhen = stopWhen;
        }

        @Override
        public void update(Step step, long done, long total) {
            Update update = new Update(step, done, total);
            updates.add(update);
            stop |= stopWhen.test(update);
        }

        @Override
        public boolean stopRequested() {
            return stop;
        }
    }
}
