package app.kith.cli;

import app.kith.store.JournalFiles;
import app.kith.store.JournalKey;
import app.kith.store.WrongPassphrase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Where the command line finds a journal's passphrase: {@code --passphrase-file FILE} when given, else
 * {@code KITH_PASSPHRASE}, else the terminal (typed unseen, three tries). What is named explicitly wins over the
 * terminal, so that a script run from a terminal is not stopped by a question. A new passphrase comes from the
 * terminal (typed twice) or {@code KITH_NEW_PASSPHRASE}.
 */
final class PassphraseSources {

    static final String PASSPHRASE_VARIABLE = "KITH_PASSPHRASE";
    static final String NEW_PASSPHRASE_VARIABLE = "KITH_NEW_PASSPHRASE";
    static final String BACKUP_PASSPHRASE_VARIABLE = "KITH_BACKUP_PASSPHRASE";
    private static final int TRIES = 3;

    private final Map<String, String> env;
    private final Terminal terminal;
    private final Supplier<Path> fileOption;

    /**
     * @param terminal the person's terminal, or null when there is none
     * @param fileOption the value of {@code --passphrase-file}, read when a command runs (null when not given)
     */
    PassphraseSources(Map<String, String> env, Terminal terminal, Supplier<Path> fileOption) {
        this.env = env;
        this.terminal = terminal;
        this.fileOption = fileOption;
    }

    /**
     * Opens what the folder's journal is opened for with its key (null when it has no passphrase), asking for the
     * passphrase where it comes from; a mistyped one is asked again at a terminal.
     *
     * @throws WrongPassphrase when the passphrase given does not open it
     * @throws CommandFailure when the journal is locked and no passphrase can be had
     */
    <T> T open(Path folder, Function<JournalKey, T> opener) {
        if (!JournalFiles.isLocked(folder)) {
            return opener.apply(null);
        }
        char[] given = given();
        if (given != null) {
            return opener.apply(unlock(folder, given));
        }
        if (terminal == null) {
            throw new CommandFailure("The journal in " + folder + " is locked with a passphrase: type it at a"
                    + " terminal, or give it with " + PASSPHRASE_VARIABLE + " or --passphrase-file FILE.");
        }
        for (int attempt = 1; ; attempt++) {
            char[] typed = terminal.readSecret("Passphrase of the journal in " + folder + ": ");
            if (typed == null) {
                throw new CommandFailure("No passphrase was typed; the journal in " + folder + " stays locked.");
            }
            try {
                return opener.apply(unlock(folder, typed));
            } catch (WrongPassphrase wrong) {
                if (attempt == TRIES) {
                    throw wrong;
                }
                terminal.say("That passphrase does not open the journal; try again.");
            }
        }
    }

    /**
     * A new passphrase: typed twice at the terminal, else {@code KITH_NEW_PASSPHRASE}.
     *
     * @throws CommandFailure when there is none, or the two typed differ
     */
    char[] newPassphrase() {
        String variable = env.get(NEW_PASSPHRASE_VARIABLE);
        if (variable != null && !variable.isEmpty()) {
            return variable.toCharArray();
        }
        if (terminal == null) {
            throw new CommandFailure("Kith needs the new passphrase: type it at a terminal, or give it with "
                    + NEW_PASSPHRASE_VARIABLE + ".");
        }
        char[] first = terminal.readSecret("New passphrase: ");
        char[] again = first == null ? null : terminal.readSecret("The new passphrase again: ");
        if (first == null || again == null || !Arrays.equals(first, again)) {
            throw new CommandFailure("The two passphrases typed differ; nothing was changed.");
        }
        Arrays.fill(again, '\0');
        return first;
    }

    /**
     * The passphrase of a backup made under a passphrase the journal no longer has: {@code KITH_BACKUP_PASSPHRASE},
     * else typed at the terminal; null when there is neither.
     */
    char[] backupPassphrase(Path backup) {
        String variable = env.get(BACKUP_PASSPHRASE_VARIABLE);
        if (variable != null && !variable.isEmpty()) {
            return variable.toCharArray();
        }
        return terminal == null ? null : terminal.readSecret("Passphrase of the backup " + backup + ": ");
    }

    private char[] given() {
        Path file = fileOption.get();
        if (file != null) {
            return fromFile(file);
        }
        String variable = env.get(PASSPHRASE_VARIABLE);
        return variable == null || variable.isEmpty() ? null : variable.toCharArray();
    }

    /** The file's first line, as a password manager or a script writes it. */
    private static char[] fromFile(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            String line = text.lines().findFirst().orElse("");
            if (line.isEmpty()) {
                throw new WrongValue("--passphrase-file: " + file + " is empty; its first line is the passphrase.");
            }
            return line.toCharArray();
        } catch (java.nio.file.NoSuchFileException e) {
            throw new WrongValue("--passphrase-file: there is no file " + file + ".");
        } catch (IOException e) {
            throw new WrongValue("--passphrase-file: Kith cannot read " + file + " ("
                    + app.kith.common.ErrorText.firstLine(e) + ").");
        }
    }

    private static JournalKey unlock(Path folder, char[] passphrase) {
        try {
            return JournalKey.unlock(folder, passphrase);
        } finally {
            Arrays.fill(passphrase, '\0');
        }
    }
}
