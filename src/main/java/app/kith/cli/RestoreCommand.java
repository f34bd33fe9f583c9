package app.kith.cli;

import app.kith.store.Journal;
import app.kith.store.Restore;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kith restore FILE}: the journal becomes the backup's, after a backup of the journal as it is. */
@Command(name = "restore",
        description = {"Brings a backup back as the journal, after backing the journal up as it is.",
            "So a restore can itself be undone; a backup from an older Kith is upgraded as it is restored. "
                + "The restored journal keeps the journal's passphrase (or none)."})
final class RestoreCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The backup, e.g. backups/journal-closing-20261122-100000.zip.")
    private Path file;

    private final JournalAccess journals;

    RestoreCommand(JournalAccess journals) {
        this.journals = journals;
    }

    @Override
    public Integer call() {
        Path source = file.toAbsolutePath().normalize();
        Restore.describe(source);
        Restore.Restored restored;
        try (Journal journal = journals.open()) {
            restored = Restore.replace(journal, journals.clock(), source,
                    () -> journals.passphrases().backupPassphrase(source));
        }
        ZoneId zone = journals.clock().getZone();
        spec.commandLine().getOut().println("Restored " + BackupWords.of(restored.backup(), zone) + " from " + source
                + ". The journal as it was is kept in " + restored.keptBefore().file() + ".");
        return 0;
    }
}
