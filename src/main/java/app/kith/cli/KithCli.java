package app.kith.cli;

import app.kith.common.ErrorText;
import app.kith.domain.InvalidValueException;
import app.kith.exchange.ExchangeException;
import app.kith.store.JournalException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;
import picocli.CommandLine.ParseResult;

/**
 * Kith's command line: builds {@code kith} with its sub-commands and runs it, returning the exit
 * code (0 done, 1 failed, 2 wrong command line) rather than ending the process, so that tests can
 * run it in-process. A new sub-command is one class and one line in {@link #addCommands}.
 */
public final class KithCli {

    private static final String DATA_DIR = "--data-dir";

    private final Clock clock;
    private final WindowLauncher window;
    private final Map<String, String> env;
    private final Terminal terminal;

    /** The command line of this process: its environment, and its terminal when it has one. */
    public KithCli(Clock clock, WindowLauncher window) {
        this(clock, window, System.getenv(), Terminal.ofConsole());
    }

    /**
     * @param env where KITH_PASSPHRASE and KITH_NEW_PASSPHRASE are read
     * @param terminal the person's terminal, or null when there is none
     */
    public KithCli(Clock clock, WindowLauncher window, Map<String, String> env, Terminal terminal) {
        this.clock = clock;
        this.window = window;
        this.env = Map.copyOf(env);
        this.terminal = terminal;
    }

    /** Runs the command line; errors are written to {@code err} as one sentence, never a stack trace. */
    public int run(String[] args, PrintWriter out, PrintWriter err) {
        if (onlyOpensWindow(args)) {
            return openWindow(args, err);
        }
        CommandLine commandLine = commandLine(!opensWindow(args));
        commandLine.setOut(out);
        commandLine.setErr(err);
        int exitCode = commandLine.execute(args);
        out.flush();
        err.flush();
        return exitCode;
    }

    /**
     * Whether the arguments are what a launcher or a menu entry passes to open the window: nothing, or
     * {@code --data-dir} and a folder. Then picocli is not started at all: even kith's own options cost a tenth of
     * a second of the window's start, as picocli builds them by reflection.
     */
    static boolean onlyOpensWindow(String[] args) {
        return args.length == 0
                || args.length == 1 && args[0].startsWith(DATA_DIR + "=")
                || args.length == 2 && args[0].equals(DATA_DIR) && !args[1].startsWith("-");
    }

    /** Opens the window on the folder the arguments of {@link #onlyOpensWindow} name, as {@code kith} would. */
    private int openWindow(String[] args, PrintWriter err) {
        String given = args.length == 0 ? null : args.length == 2 ? args[1] : args[0].substring(DATA_DIR.length() + 1);
        Path dataDir = given == null ? null : Path.of(given);
        JournalAccess journals = new JournalAccess(() -> dataDir, clock, new PassphraseSources(env, terminal, () -> null));
        try {
            window.open(journals.folder());
            return CommandLine.ExitCode.OK;
        } catch (RuntimeException failed) {
            return OneSentence.report(failed, err);
        }
    }

    /**
     * Whether the arguments only open the window: kith's own options, no command, no help. Then the
     * sub-commands are not built: picocli builds each one's options by reflection, which took a good
     * part of the window's start (about 1,400 classes loaded before JavaFX began).
     */
    boolean opensWindow(String[] args) {
        try {
            ParseResult parsed = commandLine(false).parseArgs(args);
            return !parsed.hasSubcommand() && !parsed.isUsageHelpRequested() && !parsed.isVersionHelpRequested();
        } catch (ParameterException notKithsOwnOptions) {
            return false;
        }
    }

    CommandLine commandLine() {
        return commandLine(true);
    }

    private CommandLine commandLine(boolean withCommands) {
        KithCommand kith = new KithCommand(window, clock, env, terminal);
        CommandLine commandLine = new CommandLine(kith);
        if (withCommands) {
            addCommands(commandLine, kith.journals());
        }
        commandLine.setExecutionExceptionHandler(new OneSentence());
        commandLine.setParameterExceptionHandler(new WrongCommandLine());
        // "@file" would read arguments from a file: kith add @/etc/hostname added a person named after its content.
        commandLine.setExpandAtFiles(false);
        return commandLine;
    }

    private static void addCommands(CommandLine commandLine, JournalAccess journals) {
        commandLine.addSubcommand(new SampleCommand(journals));
        commandLine.addSubcommand(new ImportCommand(journals));
        commandLine.addSubcommand(new ExportCommand(journals));
        commandLine.addSubcommand(new LogCommand(journals));
        commandLine.addSubcommand(new AddCommand(journals));
        commandLine.addSubcommand(new PeopleCommand(journals));
        commandLine.addSubcommand(new ReviewCommand(journals));
        commandLine.addSubcommand(new SnoozeCommand(journals));
        commandLine.addSubcommand(new CadenceCommand(journals));
        commandLine.addSubcommand(new DuplicatesCommand(journals));
        commandLine.addSubcommand(new MergeCommand(journals));
        commandLine.addSubcommand(new TodayCommand(journals));
        commandLine.addSubcommand(new PassphraseCommand(journals));
        commandLine.addSubcommand(new BackupCommand(journals));
        commandLine.addSubcommand(new RestoreCommand(journals));
        commandLine.addSubcommand(new RingsCommand(journals));
    }

    /**
     * A command line picocli cannot parse (an unknown option, a missing value): one sentence and where to read
     * how the command is used, instead of the whole usage, and exit code 2.
     */
    private static final class WrongCommandLine implements IParameterExceptionHandler {

        @Override
        public int handleParseException(ParameterException error, String[] args) {
            CommandLine command = error.getCommandLine();
            PrintWriter err = command.getErr();
            // picocli's "Unmatched argument at index 2: 'frobnicate'" counts words; a person needs to know which.
            boolean unmatched = error instanceof UnmatchedArgumentException unknown && !unknown.getUnmatched().isEmpty()
                    && String.valueOf(error.getMessage()).startsWith("Unmatched argument");
            err.println(unmatched ? "Unknown command or argument: '"
                    + ((UnmatchedArgumentException) error).getUnmatched().get(0) + "'." : ErrorText.firstLine(error));
            err.println("See " + command.getCommandSpec().qualifiedName() + " --help for how to use it.");
            err.flush();
            return command.getCommandSpec().exitCodeOnInvalidInput();
        }
    }

    /**
     * Turns a failure into one sentence on standard error and exit code 1; a value Kith cannot use
     * ({@link WrongValue}) is a wrong command line, exit code 2, said without the whole usage.
     */
    private static final class OneSentence implements IExecutionExceptionHandler {

        @Override
        public int handleExecutionException(Exception error, CommandLine commandLine, ParseResult parseResult) {
            return report(error, commandLine.getErr());
        }

        /** Writes the failure's sentence and returns the exit code it calls for. */
        static int report(Exception error, PrintWriter err) {
            err.println(sentence(error));
            err.flush();
            return error instanceof WrongValue ? CommandLine.ExitCode.USAGE : CommandLine.ExitCode.SOFTWARE;
        }

        private static String sentence(Exception error) {
            if (error instanceof JournalException || error instanceof CommandFailure
                    || error instanceof InvalidValueException || error instanceof WrongValue
                    || error instanceof ExchangeException) {
                return error.getMessage();
            }
            return "Kith stopped unexpectedly: " + ErrorText.firstLine(error);
        }
    }
}
