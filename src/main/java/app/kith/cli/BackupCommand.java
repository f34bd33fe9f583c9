package app.kith.cli;

import app.kith.store.BackupFile;
import app.kith.store.Journal;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kith backup [FILE]}: a checked copy of the journal, in backups/ or where the person says. */
@Command(name = "backup",
        description = {"Backs the journal up: a copy that opens and holds everything, checked once written.",
            "Without FILE, into backups/ in the data folder (the newest ones are kept, 10 unless changed in",
            "Settings). A backup of a journal with a passphrase is encrypted and opens with that passphrase."})
final class BackupCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "0..1", description = "Where to write it, e.g. kith-backup.zip.")
    private Path file;

    private final JournalAccess journals;

    BackupCommand(JournalAccess journals) {
        this.journals = journals;
    }

    @Override
    public Integer call() {
        BackupFile backup;
        // Reading is enough: a backup copies the journal and leaves its file as it was.
        try (Journal journal = journals.openForReading()) {
            backup = file == null ? journal.backups().backUp("manual") : journal.backups().backUpTo(file);
        }
        spec.commandLine().getOut().println("Backed up the journal (" + BackupWords.holds(backup.counts()) + ") to "
                + backup.file() + "; it opens and holds everything"
                + (backup.encrypted() ? ", and opens only with the journal's passphrase." : "."));
        return 0;
    }
}
