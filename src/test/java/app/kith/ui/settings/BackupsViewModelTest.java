package app.kith.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.domain.Person;
import app.kith.store.Journal;
import app.kith.store.Passphrases;
import app.kith.store.TestKeys;
import app.kith.ui.common.SameThreadTaskRunner;
import app.kith.ui.shell.JournalUpkeep;
import app.kith.ui.shell.ShellViewModel;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Settings › Backups against a real journal: Back up now, the list, the count kept, and a restore asked twice. */
class BackupsViewModelTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path data;

    private ShellViewModel shell;
    private BackupsViewModel model;

    @AfterEach
    void close() {
        shell.close();
    }

    private void open() {
        SameThreadTaskRunner tasks = new SameThreadTaskRunner();
        shell = new ShellViewModel(tasks, CLOCK, data, (journal, today, progress, cancelled) -> journal.counts());
        model = new BackupsViewModel(tasks, shell, new JournalUpkeep(shell, tasks), CLOCK, Locale.UK);
        shell.openOwnJournal();
    }

    @Test
    void backUpNowListsTheBackupWithWhatItHolds() {
        open();
        assertThat(model.latest()).isEmpty();
        shell.journalProperty().get().people().add(Person.named("Maya Cole"));

        model.backUpNow();

        assertThat(model.noteProperty().get()).matches("Backed up 1 person, 0 conversations to"
                + " journal-manual-20261122-100000\\.zip; it opens and holds everything\\.");
        assertThat(model.latest()).singleElement().satisfies(row -> {
            assertThat(row.when()).isEqualTo("22 Nov 2026, 10:00");
            assertThat(row.holds()).isEqualTo("1 person, 0 conversations");
            assertThat(row.backup().label()).isEqualTo("manual");
        });
        assertThat(model.folderProperty().get()).isEqualTo(data.resolve("backups").toString());
    }

    @Test
    void theCountKeptIsSavedInTheJournal() {
        open();

        model.keepProperty().set(4);

        assertThat(shell.journalProperty().get().backups().keep()).isEqualTo(4);
    }

    @Test
    void aRestoreIsAskedForOnceMoreAndKeepsTheJournalAsItWas() {
        open();
        Journal journal = shell.journalProperty().get();
        journal.people().add(Person.named("Maya Cole"));
        model.backUpNow();
        shell.journalProperty().get().people().add(Person.named("Added after"));

        model.ask(model.latest().get(0));
        assertThat(model.askedProperty().get()).isNotNull();
        model.cancelRestore();
        assertThat(shell.journalProperty().get().people().count()).isEqualTo(2);

        model.ask(model.latest().get(0));
        model.restore();

        assertThat(model.noteProperty().get()).startsWith("Restored the backup of 22 Nov 2026, 10:00 (1 person, 0"
                + " conversations). The journal as it was is kept as journal-before-restore-");
        assertThat(model.askedProperty().get()).isNull();
        assertThat(shell.phaseProperty().get()).isEqualTo(ShellViewModel.Phase.READY);
        assertThat(shell.journalProperty().get().people().count()).isEqualTo(1);
        assertThat(model.latest()).extracting(row -> row.backup().label()).containsExactly("before-restore",
                "manual");
    }

    @Test
    void aBackupUnderAnOlderPassphraseAsksForIt() {
        TestKeys.set(data, CLOCK, "correct horse battery");
        open();
        shell.unlock("correct horse battery");
        model.backUpNow();
        Path backup = model.latest().get(0).backup().file();
        shell.close();
        Passphrases.change(data, CLOCK, TestKeys.unlock(data, "correct horse battery"),
                "tr0ubador & friends".toCharArray());
        open();
        shell.unlock("tr0ubador & friends");

        model.askFile(backup);
        model.restore();
        assertThat(model.needsBackupPassphraseProperty().get()).isTrue();
        assertThat(model.problemProperty().get()).startsWith("This backup was made with a passphrase the journal no"
                + " longer has");

        model.backupPassphraseProperty().set("correct horse battery");
        model.restore();

        assertThat(model.noteProperty().get()).startsWith("Restored the backup of 22 Nov 2026, 10:00");
        assertThat(shell.phaseProperty().get()).isEqualTo(ShellViewModel.Phase.READY);
        assertThat(shell.hasPassphraseProperty().get()).isTrue();
    }
}
