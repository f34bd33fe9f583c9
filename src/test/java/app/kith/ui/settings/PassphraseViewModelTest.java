package app.kith.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.domain.Person;
import app.kith.store.Journal;
import app.kith.store.JournalFiles;
import app.kith.store.TestKeys;
import app.kith.ui.common.SameThreadTaskRunner;
import app.kith.ui.settings.PassphraseViewModel.Mode;
import app.kith.ui.shell.JournalUpkeep;
import app.kith.ui.shell.ShellViewModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Settings › Passphrase against a real journal: the form's checks beside each field, and the changes made. */
class PassphraseViewModelTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path data;

    private ShellViewModel shell;
    private PassphraseViewModel model;

    @AfterEach
    void close() {
        shell.close();
    }

    private void open() {
        SameThreadTaskRunner tasks = new SameThreadTaskRunner();
        shell = new ShellViewModel(tasks, CLOCK, data, (journal, today, progress, cancelled) -> journal.counts());
        model = new PassphraseViewModel(shell, new JournalUpkeep(shell, tasks), CLOCK);
        shell.openOwnJournal();
    }

    @Test
    void settingAPassphraseWarnsChecksBothFieldsAndEncryptsTheJournal() {
        open();
        shell.journalProperty().get().people().add(Person.named("Maya Cole"));
        assertThat(model.statusProperty().get()).startsWith("Your journal is not encrypted");

        model.start(Mode.SET);
        model.nextProperty().set("short");
        model.submit();
        assertThat(model.nextErrorProperty().get()).startsWith("A passphrase needs at least 8 characters");
        model.nextProperty().set("correct horse battery");
        model.againProperty().set("correct horse batery");
        model.submit();
        assertThat(model.nextErrorProperty().get()).isNull();
        assertThat(model.againErrorProperty().get()).isEqualTo("The two passphrases differ: type the new one again.");
        assertThat(JournalFiles.isLocked(data)).isFalse();

        model.againProperty().set("correct horse battery");
        model.submit();

        assertThat(model.modeProperty().get()).isEqualTo(Mode.NONE);
        assertThat(model.noteProperty().get()).startsWith("Your journal is now encrypted with your passphrase.");
        assertThat(JournalFiles.isLocked(data)).isTrue();
        assertThat(model.statusProperty().get()).startsWith("Your journal is encrypted with a passphrase");
        assertThat(shell.phaseProperty().get()).isEqualTo(ShellViewModel.Phase.READY);
        assertThat(shell.journalProperty().get().people().count()).isEqualTo(1);
        assertThat(model.nextProperty().get()).as("the secret is not kept in the form").isEmpty();
    }

    @Test
    void changingOrRemovingAsksForTheCurrentPassphraseFirst() throws IOException {
        try (Journal journal = Journal.open(data, CLOCK)) {
            journal.people().add(Person.named("Maya Cole"));
        }
        TestKeys.set(data, CLOCK, "correct horse battery");
        open();
        shell.unlock("correct horse battery");
        byte[] file = Files.readAllBytes(JournalFiles.journal(data));

        model.start(Mode.REMOVE);
        model.submit();
        assertThat(model.currentErrorProperty().get()).isEqualTo("Type the passphrase the journal has now.");
        model.currentProperty().set("not the passphrase");
        model.submit();
        assertThat(model.currentErrorProperty().get()).isEqualTo("That is not the journal's passphrase.");
        assertThat(model.modeProperty().get()).isEqualTo(Mode.REMOVE);
        assertThat(JournalFiles.isLocked(data)).isTrue();
        assertThat(shell.journalProperty().get().people().count()).isEqualTo(1);

        model.cancel();
        model.start(Mode.CHANGE);
        model.currentProperty().set("correct horse battery");
        model.nextProperty().set("tr0ubador & friends");
        model.againProperty().set("tr0ubador & friends");
        model.submit();
        assertThat(model.noteProperty().get()).isEqualTo("The passphrase is changed. Backups made before keep the"
                + " old one.");
        assertThat(Files.readAllBytes(JournalFiles.journal(data))).isNotEqualTo(file);

        model.start(Mode.REMOVE);
        model.currentProperty().set("tr0ubador & friends");
        model.submit();
        assertThat(JournalFiles.isLocked(data)).isFalse();
        assertThat(shell.hasPassphraseProperty().get()).isFalse();
        assertThat(model.noteProperty().get()).startsWith("The journal is no longer encrypted.");
    }

    @Test
    void theSampleJournalsPassphraseCannotBeSet() {
        open();
        shell.exploreSample();

        assertThat(model.canChangeProperty().get()).isFalse();
        assertThat(model.statusProperty().get()).startsWith("The sample journal has no passphrase");
    }
}
