package app.kith.ui.settings;

import app.kith.store.JournalException;
import app.kith.store.JournalKey;
import app.kith.store.Passphrases;
import app.kith.ui.shell.JournalUpkeep;
import app.kith.ui.shell.JournalUpkeep.Reworked;
import app.kith.ui.shell.ShellViewModel;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Settings › Passphrase: whether the journal is encrypted, and setting, changing or removing its passphrase in a
 * small form (the current passphrase to change or remove it; the new one twice), each problem beside its field.
 * The journal is rewritten safely in the background (see {@code Passphrases}), closed and opened again.
 */
public final class PassphraseViewModel {

    /** What the form is doing: nothing, or one of the three changes. */
    public enum Mode { NONE, SET, CHANGE, REMOVE }

    /** Said before a passphrase is set, as on the command line. */
    public static final String FORGETTING = "If you forget the passphrase, the journal is lost: no one, not Kith"
            + " either, can open it or its backups without it. Keep it somewhere safe, such as a password manager.";

    private final ShellViewModel shell;
    private final JournalUpkeep upkeep;
    private final Clock clock;

    private final ReadOnlyObjectWrapper<Mode> mode = new ReadOnlyObjectWrapper<>(Mode.NONE);
    private final StringProperty current = new SimpleStringProperty("");
    private final StringProperty next = new SimpleStringProperty("");
    private final StringProperty again = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper currentError = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper nextError = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper againError = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final StringBinding status;
    private final javafx.beans.binding.BooleanBinding canChange;

    public PassphraseViewModel(ShellViewModel shell, JournalUpkeep upkeep, Clock clock) {
        this.shell = shell;
        this.upkeep = upkeep;
        this.clock = clock;
        status = Bindings.createStringBinding(this::status, shell.hasPassphraseProperty(),
                shell.exploringSampleProperty(), shell.readOnlyProperty());
        canChange = Bindings.createBooleanBinding(() -> upkeep.ownJournalWritable() && !working.get(),
                shell.journalProperty(), shell.exploringSampleProperty(), shell.readOnlyProperty(), working);
    }

    /** Opens the form for a change; anything typed before is cleared. */
    public void start(Mode change) {
        clearFields();
        note.set("");
        problem.set("");
        mode.set(change);
    }

    /** Closes the form without changing anything. */
    public void cancel() {
        clearFields();
        mode.set(Mode.NONE);
    }

    /** Checks the form and, when it is right, makes the change in the background. */
    public void submit() {
        Mode asked = mode.get();
        if (asked == Mode.NONE || working.get() || !checked(asked)) {
            return;
        }
        char[] typedCurrent = asked == Mode.SET ? null : current.get().toCharArray();
        char[] typedNext = asked == Mode.REMOVE ? null : next.get().toCharArray();
        Path folder = shell.ownFolder();
        working.set(true);
        problem.set("");
        upkeep.rework((journal, key) -> {
            try {
                if (typedCurrent != null && !JournalKey.unlock(folder, typedCurrent).sameAs(key)) {
                    throw new NotTheJournalsPassphrase();
                }
                journal.close();
                return new Reworked<>(asked, Passphrases.change(folder, clock, key, typedNext));
            } finally {
                wipe(typedCurrent);
                wipe(typedNext);
            }
        }, this::done, this::failed);
    }

    private boolean checked(Mode asked) {
        currentError.set(asked != Mode.SET && current.get().isEmpty() ? "Type the passphrase the journal has now."
                : null);
        nextError.set(asked == Mode.REMOVE ? null : Passphrases.refusal(next.get().toCharArray()));
        againError.set(asked != Mode.REMOVE && nextError.get() == null && !next.get().equals(again.get())
                ? "The two passphrases differ: type the new one again." : null);
        return currentError.get() == null && nextError.get() == null && againError.get() == null;
    }

    private void done(Mode finished) {
        working.set(false);
        clearFields();
        mode.set(Mode.NONE);
        note.set(switch (finished) {
            case SET -> "Your journal is now encrypted with your passphrase. Kith will ask for it each time it opens.";
            case CHANGE -> "The passphrase is changed. Backups made before keep the old one.";
            case REMOVE -> "The journal is no longer encrypted. Backups made before keep the passphrase.";
            case NONE -> "";
        });
    }

    private void failed(JournalException error) {
        working.set(false);
        if (error instanceof NotTheJournalsPassphrase) {
            currentError.set(error.getMessage());
        } else {
            problem.set(error.getMessage());
        }
    }

    private String status() {
        if (shell.exploringSampleProperty().get()) {
            return "The sample journal has no passphrase; your own journal's is set here while it is open.";
        }
        if (shell.readOnlyProperty().get()) {
            return "The journal is on a disk Kith cannot write to: its passphrase cannot be changed there.";
        }
        return shell.hasPassphraseProperty().get()
                ? "Your journal is encrypted with a passphrase: its file, and its backups, open only with it."
                : "Your journal is not encrypted: anyone who copies its file can read it. A passphrase encrypts it.";
    }

    private void clearFields() {
        current.set("");
        next.set("");
        again.set("");
        currentError.set(null);
        nextError.set(null);
        againError.set(null);
    }

    private static void wipe(char[] secret) {
        if (secret != null) {
            Arrays.fill(secret, '\0');
        }
    }

    /** True when the passphrase can be set, changed or removed now: the own journal open, writable, and idle. */
    public javafx.beans.binding.BooleanBinding canChangeProperty() {
        return canChange;
    }

    public ReadOnlyBooleanProperty hasPassphraseProperty() {
        return shell.hasPassphraseProperty();
    }

    /** Whether the journal is encrypted, in a sentence. */
    public StringBinding statusProperty() {
        return status;
    }

    public ReadOnlyObjectProperty<Mode> modeProperty() {
        return mode.getReadOnlyProperty();
    }

    public StringProperty currentProperty() {
        return current;
    }

    public StringProperty nextProperty() {
        return next;
    }

    public StringProperty againProperty() {
        return again;
    }

    public ReadOnlyStringProperty currentErrorProperty() {
        return currentError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty nextErrorProperty() {
        return nextError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty againErrorProperty() {
        return againError.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty workingProperty() {
        return working.getReadOnlyProperty();
    }

    /** The sentence after a change. */
    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    /** Why a change could not be made, in a sentence (the journal is then as it was). */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The passphrase typed as the current one is not the journal's; said beside that field. */
    private static final class NotTheJournalsPassphrase extends JournalException {
        private static final long serialVersionUID = 1L;

        NotTheJournalsPassphrase() {
            super("That is not the journal's passphrase.");
        }
    }
}
