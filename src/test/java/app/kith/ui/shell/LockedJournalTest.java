package app.kith.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.domain.Person;
import app.kith.store.BackupFile;
import app.kith.store.Journal;
import app.kith.store.JournalException;
import app.kith.store.JournalFiles;
import app.kith.store.TestKeys;
import app.kith.ui.common.SameThreadTaskRunner;
import app.kith.ui.shell.ShellViewModel.Phase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's shell with a journal locked by a passphrase, its automatic backups, and work that reopens it. */
class LockedJournalTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path data;

    private ShellViewModel shell;
    private JournalUpkeep upkeep;

    @AfterEach
    void closeJournal() {
        if (shell != null) {
            shell.close();
        }
    }

    private ShellViewModel shell() {
        SameThreadTaskRunner tasks = new SameThreadTaskRunner();
        shell = new ShellViewModel(tasks, CLOCK, data, (journal, today, progress, cancelled) -> journal.counts());
        upkeep = new JournalUpkeep(shell, tasks);
        return shell;
    }

    private void aLockedJournalWithMaya() {
        try (Journal journal = Journal.open(data, CLOCK)) {
            journal.people().add(Person.named("Maya Cole"));
        }
        TestKeys.set(data, CLOCK, "correct horse battery");
    }

    @Test
    void aLockedJournalAsksForItsPassphraseAndAWrongOneCanBeTypedAgain() throws IOException {
        aLockedJournalWithMaya();
        byte[] file = Files.readAllBytes(JournalFiles.journal(data));
        ShellViewModel shell = shell();

        shell.openOwnJournal();
        assertThat(shell.phaseProperty().get()).isEqualTo(Phase.LOCKED);
        assertThat(shell.journalProperty().get()).isNull();

        shell.unlock("correct horse");
        assertThat(shell.phaseProperty().get()).isEqualTo(Phase.LOCKED);
        assertThat(shell.passphraseProblemProperty().get()).isEqualTo("That passphrase does not open this journal."
                + " Check it (and Caps Lock) and try again; the journal is unchanged.");
        assertThat(shell.unlockingProperty().get()).isFalse();
        assertThat(Files.readAllBytes(JournalFiles.journal(data))).isEqualTo(file);
        assertThat(fileNames()).doesNotContain("journal.trace.db", "journal.lock.db");

        shell.unlock("");
        assertThat(shell.passphraseProblemProperty().get()).isEqualTo("Type your passphrase.");

        shell.unlock("correct horse battery");
        assertThat(shell.phaseProperty().get()).isEqualTo(Phase.READY);
        assertThat(shell.passphraseProblemProperty().get()).isNull();
        assertThat(shell.hasPassphraseProperty().get()).isTrue();
        assertThat(shell.countsProperty().get().people()).isEqualTo(1);
    }

    @Test
    void theSampleJournalAndBackOpenWithoutAskingAgain() {
        aLockedJournalWithMaya();
        ShellViewModel shell = shell();
        shell.openOwnJournal();
        shell.unlock("correct horse battery");

        shell.exploreSample();
        assertThat(shell.phaseProperty().get()).isEqualTo(Phase.READY);
        shell.backToOwnJournal();

        assertThat(shell.phaseProperty().get()).isEqualTo(Phase.READY);
        assertThat(shell.countsProperty().get().people()).isEqualTo(1);
    }

    @Test
    void closingBacksUpAJournalThatWasWrittenToAndOnlyThen() throws IOException {
        ShellViewModel shell = shell();
        shell.openOwnJournal();
        shell.close();
        assertThat(backups()).as("nothing written, nothing to back up").isEmpty();

        shell.openOwnJournal();
        shell.journalProperty().get().people().add(Person.named("Maya Cole"));
        upkeep.journalWritten();
        List<Path> afterWrite = backups();
        shell.close();
        this.shell = null;

        assertThat(afterWrite).as("the daily backup follows the first write").hasSize(1);
        assertThat(backups()).hasSize(1).allSatisfy(backup ->
                assertThat(backup.getFileName().toString()).startsWith("journal-daily-"));
    }

    @Test
    void aJournalWrittenAfterItsDailyBackupIsBackedUpWhenClosing() throws IOException {
        ShellViewModel shell = shell();
        shell.openOwnJournal();
        assertThat(backups()).as("no backup while the window opens").isEmpty();
        shell.journalProperty().get().people().add(Person.named("Maya Cole"));
        upkeep.journalWritten();
        assertThat(backups()).as("the first write of the day").hasSize(1);

        shell.journalProperty().get().people().add(Person.named("Ben Okafor"));
        upkeep.journalWritten();
        assertThat(backups()).as("at most one a day while open").hasSize(1);
        shell.close();
        this.shell = null;

        assertThat(backups()).hasSize(2).anySatisfy(backup ->
                assertThat(backup.getFileName().toString()).startsWith("journal-closing-"));
    }

    @Test
    void aJournalOnlyReadIsNotBackedUpAgain() throws IOException {
        try (Journal journal = Journal.open(data, CLOCK)) {
            journal.people().add(Person.named("Maya Cole"));
        }
        ShellViewModel shell = shell();
        shell.openOwnJournal();
        shell.refreshCounts();
        shell.close();
        this.shell = null;

        assertThat(backups()).isEmpty();
    }

    @Test
    void workThatFailsOpensTheJournalAgainAsItWas() {
        ShellViewModel shell = shell();
        shell.openOwnJournal();
        List<String> failures = new ArrayList<>();

        upkeep.rework((journal, key) -> {
            journal.close();
            throw new JournalException("The disk is full.");
        }, done -> failures.add("done?"), error -> failures.add(error.getMessage()));

        assertThat(failures).containsExactly("The disk is full.");
        assertThat(shell.phaseProperty().get()).isEqualTo(Phase.READY);
        assertThat(shell.journalProperty().get().people().count()).isZero();
    }

    @Test
    void aPassphraseSetByReworkIsTheOneTheJournalOpensWithAfterwards() {
        ShellViewModel shell = shell();
        shell.openOwnJournal();
        List<Object> done = new ArrayList<>();

        upkeep.rework((journal, key) -> {
            journal.close();
            return new JournalUpkeep.Reworked<>("set", TestKeys.set(data, CLOCK, "correct horse battery"));
        }, done::add, error -> done.add(error));

        assertThat(done).containsExactly("set");
        assertThat(shell.hasPassphraseProperty().get()).isTrue();
        assertThat(JournalFiles.isLocked(data)).isTrue();
        assertThat(shell.journalProperty().get().people().count()).isZero();
        List<BackupFile> taken = new ArrayList<>();
        upkeep.backUpNow(taken::add, sentence -> taken.add(null));
        assertThat(taken).singleElement().satisfies(backup -> assertThat(backup.encrypted()).isTrue());
    }

    private List<Path> backups() throws IOException {
        Path folder = data.resolve("backups");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".zip")).toList();
        }
    }

    private List<String> fileNames() throws IOException {
        try (Stream<Path> files = Files.list(data)) {
            return files.map(path -> path.getFileName().toString()).toList();
        }
    }
}
