package app.kith.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.domain.Person;
import app.kith.store.Journal;
import app.kith.store.JournalCounts;
import app.kith.ui.common.SameThreadTaskRunner;
import app.kith.ui.shell.ShellViewModel.Phase;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening, switching to the sample journal and back, against real journals in a temporary folder. */
class ShellViewModelTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path data;

    private final List<LocalDate> samplesMade = new ArrayList<>();
    private ShellViewModel shell;

    /** Writes three people, like a very small generator, and stops when asked. */
    private final SampleMaker threePeople = (journal, today, progress, cancelled) -> {
        samplesMade.add(today);
        for (int i = 1; i <= 3; i++) {
            progress.update(i - 1, 3, "people " + (i - 1) + " of 3");
            if (cancelled.getAsBoolean()) {
                return journal.counts();
            }
            journal.people().add(Person.named("Sample person " + i));
        }
        return journal.counts();
    };

    @AfterEach
    void closeJournal() {
        if (shell != null) {
            shell.close();
        }
    }

    private ShellViewModel shell(SampleMaker maker) {
        shell = new ShellViewModel(new SameThreadTaskRunner(), CLOCK, data, maker);
        return shell;
    }

    @Test
    void aNewDataFolderOpensAnEmptyJournal() {
        ShellViewModel shell = shell(threePeople);

        shell.openOwnJournal();

        assertThat(shell.phaseProperty().get()).isEqualTo(Phase.READY);
        assertThat(shell.countsProperty().get().isEmpty()).isTrue();
        assertThat(shell.journalProperty().get().folder()).isEqualTo(data);
        assertThat(shell.exploringSampleProperty().get()).isFalse();
    }

    @Test
    void aJournalThatCannotBeOpenedIsSaidInASentence() throws Exception {
        Path aFile = Files.writeString(data.resolve("not-a-folder"), "x");
        shell = new ShellViewModel(new SameThreadTaskRunner(), CLOCK, aFile, threePeople);

        shell.openOwnJournal();

        assertThat(shell.phaseProperty().get()).isEqualTo(Phase.PROBLEM);
        assertThat(shell.problemTitleProperty().get()).isEqualTo("Kith cannot open this journal");
        assertThat(shell.problemProperty().get()).isEqualTo("Kith cannot use " + aFile + " as its data folder: "
                + aFile + " is a file, not a folder.");
        assertThat(shell.journalProperty().get()).isNull();
    }

    @Test
    void exploringMakesTheSampleInItsOwnFolderAndLeavesTheOwnJournalAlone() {
        ShellViewModel shell = shell(threePeople);
        shell.openOwnJournal();

        shell.exploreSample();

        assertThat(shell.phaseProperty().get()).isEqualTo(Phase.READY);
        assertThat(shell.exploringSampleProperty().get()).isTrue();
        assertThat(shell.countsProperty().get().people()).isEqualTo(3);
        assertThat(shell.journalProperty().get().folder()).isEqualTo(data.resolve("sample"));
        assertThat(samplesMade).containsExactly(LocalDate.of(2026, 11, 22));

        shell.backToOwnJournal();

        assertThat(shell.exploringSampleProperty().get()).isFalse();
        assertThat(shell.countsProperty().get().people()).isZero();
    }

    @Test
    void aSampleThatExistsIsOpenedNotMadeAgain() {
        ShellViewModel shell = shell(threePeople);
        shell.exploreSample();
        shell.backToOwnJournal();

        shell.exploreSample();

        assertThat(samplesMade).hasSize(1);
        assertThat(shell.countsProperty().get().people()).isEqualTo(3);
    }

    @Test
    void cancellingTheSampleGoesBackToTheOwnJournal() {
        List<String> progress = new ArrayList<>();
        shell = shell(threePeople);
        shell.sampleProgressProperty().addListener((observable, was, now) -> {
            progress.add(now.message());
            if (now.done() == 1) {
                shell.cancelSample();
            }
        });

        shell.exploreSample();

        assertThat(progress).contains("people 0 of 3", "people 1 of 3");
        assertThat(shell.phaseProperty().get()).isEqualTo(Phase.READY);
        assertThat(shell.exploringSampleProperty().get()).isFalse();
        assertThat(shell.journalProperty().get().folder()).isEqualTo(data);
    }

    @Test
    void aSampleThatFailsSaysSoAndTheWayBackWorks() {
        ShellViewModel shell = shell((journal, today, progress, cancelled) -> {
            throw new UnsupportedOperationException("not yet");
        });

        shell.exploreSample();

        assertThat(shell.phaseProperty().get()).isEqualTo(Phase.PROBLEM);
        assertThat(shell.problemTitleProperty().get()).isEqualTo("Kith could not create the sample journal");
        assertThat(shell.problemProperty().get()).contains("Your own journal is untouched");
        assertThat(shell.exploringSampleProperty().get()).isTrue();

        shell.backToOwnJournal();

        assertThat(shell.phaseProperty().get()).isEqualTo(Phase.READY);
        assertThat(shell.exploringSampleProperty().get()).isFalse();
    }

    @Test
    void countsAreRefreshedAfterAWrite() {
        ShellViewModel shell = shell(threePeople);
        shell.openOwnJournal();
        shell.journalProperty().get().people().add(Person.named("Maya Cole"));

        shell.refreshCounts();

        assertThat(shell.countsProperty().get()).isEqualTo(new JournalCounts(1, 0, 0, 0));
    }

    @Test
    void closingClosesTheJournalSoItCanBeOpenedAgain() {
        ShellViewModel shell = shell(threePeople);
        shell.openOwnJournal();
        shell.journalProperty().get().people().add(Person.named("Maya Cole"));

        shell.close();
        this.shell = null;

        try (Journal reopened = Journal.open(data, CLOCK)) {
            assertThat(reopened.people().count()).isEqualTo(1);
        }
    }

    @Test
    void aJournalOpenedAheadIsShownWhenTheWindowAsksAndClosedWithIt() throws Exception {
        ShellViewModel shell = shell(threePeople);
        List<Journal> toldOpen = new ArrayList<>();

        shell.startOpeningOwnJournal(toldOpen::add);
        assertThat(shell.phaseProperty().get()).as("nothing shown before the window asks").isEqualTo(Phase.OPENING);
        assertThat(shell.journalProperty().get()).isNull();
        assertThat(toldOpen).as("the first screen's reads may begin").hasSize(1);
        shell.openOwnJournal();

        assertThat(shell.phaseProperty().get()).isEqualTo(Phase.READY);
        assertThat(shell.journalProperty().get().folder()).isEqualTo(data);
        assertThat(toldOpen).containsExactly(shell.journalProperty().get());
        shell.close();
        this.shell = null;
        // Were a journal still open in this JVM, its lock on the file would make this throw.
        try (FileChannel file = FileChannel.open(data.resolve("journal.mv.db"), StandardOpenOption.WRITE);
             FileLock nobodyElse = file.tryLock()) {
            assertThat(nobodyElse).as("no second journal left open").isNotNull();
        }
    }

    @Test
    void aJournalThatCouldNotBeOpenedAheadIsSaidWhenTheWindowAsks() throws Exception {
        Path aFile = Files.writeString(data.resolve("not-a-folder"), "x");
        shell = new ShellViewModel(new SameThreadTaskRunner(), CLOCK, aFile, threePeople);

        shell.startOpeningOwnJournal(opened -> { });
        assertThat(shell.phaseProperty().get()).isEqualTo(Phase.OPENING);
        shell.openOwnJournal();

        assertThat(shell.phaseProperty().get()).isEqualTo(Phase.PROBLEM);
        assertThat(shell.problemProperty().get()).isEqualTo("Kith cannot use " + aFile + " as its data folder: "
                + aFile + " is a file, not a folder.");
    }
}
