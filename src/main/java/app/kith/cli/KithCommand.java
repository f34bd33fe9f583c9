package app.kith.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** {@code kith}: the global options; without a sub-command it opens the window. */
@Command(name = "kith",
        mixinStandardHelpOptions = true,
        scope = ScopeType.INHERIT,
        versionProvider = KithVersion.class,
        description = {"Kith, a private relationship journal: less chit, more chat.",
            "Without a command, Kith opens its window."},
        subcommands = HelpCommand.class,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:failed (the journal is left as it was)", "2:wrong command line"})
public final class KithCommand implements Callable<Integer> {

    @Option(names = "--data-dir", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "The journal's folder (default: $KITH_HOME, else the platform's data folder).")
    private Path dataDir;

    @Option(names = "--passphrase-file", paramLabel = "FILE", scope = ScopeType.INHERIT,
            description = "Read the journal's passphrase from the first line of FILE (else $KITH_PASSPHRASE,"
                    + " else it is asked for at the terminal).")
    private Path passphraseFile;

    private final WindowLauncher window;
    private final JournalAccess journals;

    KithCommand(WindowLauncher window, Clock clock, Map<String, String> env, Terminal terminal) {
        this.window = window;
        // Read when a command runs, after picocli has parsed the options (which sub-commands inherit).
        this.journals = new JournalAccess(() -> dataDir, clock, new PassphraseSources(env, terminal,
                () -> passphraseFile));
    }

    /** The shared access to the journal that every sub-command is given. */
    JournalAccess journals() {
        return journals;
    }

    @Override
    public Integer call() {
        window.open(journals.folder());
        return 0;
    }
}
