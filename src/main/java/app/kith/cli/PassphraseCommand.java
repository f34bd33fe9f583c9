package app.kith.cli;

import app.kith.store.Database;
import app.kith.store.JournalFiles;
import app.kith.store.JournalKey;
import app.kith.store.Passphrases;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kith passphrase set|change|remove}: what Settings › Passphrase does, on the command line. */
@Command(name = "passphrase",
        description = {"Sets, changes or removes the passphrase that encrypts the journal.",
            "The new passphrase is typed twice at the terminal, or given with $KITH_NEW_PASSPHRASE;",
            "the current one comes from --passphrase-file, $KITH_PASSPHRASE or the terminal."})
final class PassphraseCommand implements Callable<Integer> {

    /** Said before a passphrase is set: the one thing a person must understand about it. */
    static final String FORGETTING = "A passphrase encrypts your journal. If you forget it, the journal is lost:"
            + " no one, not Kith either, can open it or its backups without it. Keep it somewhere safe.";

    /** What can be done. */
    private enum Action { SET, CHANGE, REMOVE }

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "ACTION", description = "set, change or remove.")
    private String actionWord;

    private final JournalAccess journals;

    PassphraseCommand(JournalAccess journals) {
        this.journals = journals;
    }

    @Override
    public Integer call() {
        Action action = action();
        Path folder = journals.folder();
        // A mistyped folder must not get a new, encrypted, empty journal while the real one stays as it was.
        Database.requireJournal(folder);
        boolean locked = JournalFiles.isLocked(folder);
        if (action == Action.SET && locked) {
            throw new CommandFailure("The journal in " + folder + " already has a passphrase: kith passphrase change"
                    + " gives it another.");
        }
        if (action != Action.SET && !locked) {
            throw new CommandFailure("The journal in " + folder + " has no passphrase"
                    + (action == Action.CHANGE ? ": kith passphrase set gives it one." : " to remove."));
        }
        PrintWriter out = spec.commandLine().getOut();
        JournalKey current = locked ? journals.passphrases().open(folder, key -> {
            Database.openForReading(folder, journals.clock(), key).close();
            return key;
        }) : null;
        if (action == Action.SET) {
            spec.commandLine().getErr().println(FORGETTING);
            spec.commandLine().getErr().flush();
        }
        char[] next = action == Action.REMOVE ? null : journals.passphrases().newPassphrase();
        try {
            String refusal = next == null ? null : Passphrases.refusal(next);
            if (refusal != null) {
                throw new WrongValue(refusal + " Nothing was changed.");
            }
            Passphrases.change(folder, journals.clock(), current, next);
        } finally {
            if (next != null) {
                Arrays.fill(next, '\0');
            }
        }
        out.println(switch (action) {
            case SET -> "The journal in " + folder + " is now encrypted with your passphrase.";
            case CHANGE -> "The journal's passphrase is changed. Backups made before keep the old passphrase.";
            case REMOVE -> "The journal in " + folder + " no longer has a passphrase; backups made before keep it.";
        });
        return 0;
    }

    private Action action() {
        return switch (actionWord.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "set" -> Action.SET;
            case "change" -> Action.CHANGE;
            case "remove" -> Action.REMOVE;
            default -> throw new WrongValue("ACTION: \"" + actionWord + "\" is not one of set, change, remove.");
        };
    }
}
