package app.kith.cli;

import app.kith.common.ErrorText;
import app.kith.domain.InvalidValueException;
import app.kith.exchange.ExchangeException;
import app.kith.store.JournalException;
import java.io.PrintWriter;
import java.time.Clock;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Kith's command line: builds {@code kith} with its sub-commands and runs it, returning the exit
 * code (0 done, 1 failed, 2 wrong command line) rather than ending the process, so that tests can
 * run it in-process. A new sub-command is one class and one line in {@link #commandLine}.
 */
public final class KithCli {

    private final Clock clock;
    private final WindowLauncher window;

    public KithCli(Clock clock, WindowLauncher window) {
        this.clock = clock;
        this.window = window;
    }

    /** Runs the command line; errors are written to {@code err} as one sentence, never a stack trace. */
    public int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = commandLine();
        commandLine.setOut(out);
        commandLine.setErr(err);
        int exitCode = commandLine.execute(args);
        out.flush();
        err.flush();
        return exitCode;
    }

    CommandLine commandLine() {
        KithCommand kith = new KithCommand(window, clock);
        CommandLine commandLine = new CommandLine(kith);
        commandLine.addSubcommand(new SampleCommand(kith.journals()));
        commandLine.addSubcommand(new ImportCommand(kith.journals()));
        commandLine.addSubcommand(new ExportCommand(kith.journals()));
        commandLine.addSubcommand(new LogCommand(kith.journals()));
        commandLine.addSubcommand(new AddCommand(kith.journals()));
        commandLine.addSubcommand(new PeopleCommand(kith.journals()));
        commandLine.addSubcommand(new ReviewCommand(kith.journals()));
        commandLine.addSubcommand(new SnoozeCommand(kith.journals()));
        commandLine.addSubcommand(new CadenceCommand(kith.journals()));
        commandLine.addSubcommand(new DuplicatesCommand(kith.journals()));
        commandLine.addSubcommand(new MergeCommand(kith.journals()));
        commandLine.addSubcommand(new TodayCommand(kith.journals()));
        commandLine.addSubcommand(new RingsCommand(kith.journals()));
        commandLine.setExecutionExceptionHandler(new OneSentence());
        return commandLine;
    }

    /**
     * Turns a failure into one sentence on standard error and exit code 1; a value Kith cannot use
     * ({@link WrongValue}) is a wrong command line, exit code 2, said without the whole usage.
     */
    private static final class OneSentence implements IExecutionExceptionHandler {

        @Override
        public int handleExecutionException(Exception error, CommandLine commandLine, ParseResult parseResult) {
            commandLine.getErr().println(sentence(error));
            commandLine.getErr().flush();
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
