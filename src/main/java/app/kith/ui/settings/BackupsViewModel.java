package app.kith.ui.settings;

import app.kith.store.BackupFile;
import app.kith.store.Backups;
import app.kith.store.Journal;
import app.kith.store.JournalCounts;
import app.kith.store.JournalException;
import app.kith.store.PassphraseNeeded;
import app.kith.store.Restore;
import app.kith.store.WrongPassphrase;
import app.kith.ui.common.TaskRunner;
import app.kith.ui.shell.JournalUpkeep;
import app.kith.ui.shell.JournalUpkeep.Reworked;
import app.kith.ui.shell.ShellViewModel;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Settings › Backups: the latest backups, Back up now, how many are kept, and a restore, asked for once more
 * before it is made (the journal as it is is backed up first), with the backup's own passphrase when the
 * journal's no longer opens it.
 */
public final class BackupsViewModel {

    /** How many of the latest backups the screen lists. */
    static final int SHOWN = 5;

    private static final Logger LOG = LoggerFactory.getLogger(BackupsViewModel.class);

    private final TaskRunner tasks;
    private final ObservableValue<Journal> journal;
    private final ShellViewModel shell;
    private final JournalUpkeep upkeep;
    private final Clock clock;
    private final Locale locale;

    private final ObservableList<BackupRow> latest = FXCollections.observableArrayList();
    private final IntegerProperty keep = new SimpleIntegerProperty(Backups.DEFAULT_KEEP);
    private final ReadOnlyObjectWrapper<BackupRow> asked = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper needsBackupPassphrase = new ReadOnlyBooleanWrapper();
    private final StringProperty backupPassphrase = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper folder = new ReadOnlyStringWrapper("");
    private final BooleanBinding canWork;
    private int keptSaved = Backups.DEFAULT_KEEP;

    /** One backup as the list shows it. */
    public record BackupRow(BackupFile backup, String when, String holds) {
    }

    public BackupsViewModel(TaskRunner tasks, ShellViewModel shell, JournalUpkeep upkeep, Clock clock, Locale locale) {
        this.tasks = tasks;
        this.shell = shell;
        this.journal = shell.journalProperty();
        this.upkeep = upkeep;
        this.clock = clock;
        this.locale = locale;
        journal.addListener((observable, was, now) -> refresh());
        keep.addListener((observable, was, now) -> saveKeep(now.intValue()));
        canWork = Bindings.createBooleanBinding(() -> upkeep.ownJournalWritable() && !working.get(), journal,
                shell.exploringSampleProperty(), shell.readOnlyProperty(), working);
        refresh();
    }

    /** Reads the latest backups and the count kept again (when the journal opens, after a backup or restore). */
    public void refresh() {
        Journal open = journal.getValue();
        if (open == null || shell.exploringSampleProperty().get()) {
            latest.clear();
            return;
        }
        tasks.read(context -> new Listing(open.backups().list(), open.backups().keep(), open.backups().folder()))
                .onSuccess(listing -> {
                    if (journal.getValue() == open) {
                        latest.setAll(listing.backups().stream().limit(SHOWN).map(this::row).toList());
                        keptSaved = listing.keep();
                        keep.set(listing.keep());
                        folder.set(listing.folder().toString());
                        String automatic = upkeep.automaticBackupProblem();
                        if (automatic != null && problem.get().isEmpty()) {
                            problem.set(automatic);
                        }
                    }
                })
                .onError(error -> LOG.warn("Kith could not list the backups", error))
                .start();
    }

    /** "Back up now". */
    public void backUpNow() {
        if (working.get()) {
            return;
        }
        working.set(true);
        note.set("");
        problem.set("");
        upkeep.backUpNow(backup -> {
            working.set(false);
            note.set("Backed up " + holds(backup.counts()) + " to " + backup.file().getFileName()
                    + "; it opens and holds everything.");
            refresh();
        }, sentence -> {
            working.set(false);
            problem.set(sentence);
        });
    }

    /** Asks to restore the backup: the screen asks once more before anything changes. */
    public void ask(BackupRow row) {
        note.set("");
        problem.set("");
        needsBackupPassphrase.set(false);
        backupPassphrase.set("");
        asked.set(row);
    }

    /** Asks to restore a backup file chosen elsewhere (Restore from a file…). */
    public void askFile(Path file) {
        tasks.read(context -> Restore.describe(file))
                .onSuccess(backup -> ask(row(backup)))
                .onError(JournalException.class, error -> problem.set(error.getMessage()))
                .onError(error -> problem.set("Kith could not read " + file + "."))
                .start();
    }

    /** Changes their mind: nothing is restored. */
    public void cancelRestore() {
        asked.set(null);
        needsBackupPassphrase.set(false);
        backupPassphrase.set("");
    }

    /** Restores the backup asked about: the journal is backed up as it is, then replaced, then opened again. */
    public void restore() {
        BackupRow row = asked.get();
        if (row == null || working.get()) {
            return;
        }
        Path file = row.backup().file();
        char[] passphrase = needsBackupPassphrase.get() ? backupPassphrase.get().toCharArray() : null;
        working.set(true);
        problem.set("");
        upkeep.rework((open, key) -> new Reworked<>(Restore.replace(open, clock, file,
                () -> passphrase == null ? null : passphrase.clone()), key),
                restored -> {
                    working.set(false);
                    asked.set(null);
                    needsBackupPassphrase.set(false);
                    backupPassphrase.set("");
                    note.set("Restored the backup of " + when(restored.backup()) + " ("
                            + holds(restored.backup().counts()) + "). The journal as it was is kept as "
                            + restored.keptBefore().file().getFileName() + ".");
                    refresh();
                },
                error -> {
                    working.set(false);
                    if (error instanceof PassphraseNeeded || error instanceof WrongPassphrase) {
                        needsBackupPassphrase.set(true);
                        problem.set(error instanceof WrongPassphrase
                                ? "That passphrase does not open this backup; the journal is unchanged."
                                : "This backup was made with a passphrase the journal no longer has: type it to"
                                        + " restore the backup.");
                    } else {
                        problem.set(error.getMessage());
                    }
                });
    }

    private void saveKeep(int count) {
        Journal open = journal.getValue();
        if (open == null || count == keptSaved || count < Backups.MIN_KEEP || count > Backups.MAX_KEEP) {
            return;
        }
        keptSaved = count;
        tasks.write(context -> {
            open.backups().setKeep(count);
            return null;
        }).onError(JournalException.class, error -> problem.set(error.getMessage()))
                .onError(error -> LOG.warn("Kith could not save how many backups to keep", error))
                .start();
    }

    private BackupRow row(BackupFile backup) {
        return new BackupRow(backup, when(backup), backup.counts() == null ? "counted when restored"
                : holds(backup.counts()));
    }

    /** "22 Nov 2026, 10:00", in the person's locale. */
    private String when(BackupFile backup) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                .format(backup.takenAt().atZone(zone()));
    }

    private ZoneId zone() {
        return clock.getZone();
    }

    /** "12 people, 340 conversations". */
    static String holds(JournalCounts counts) {
        return count(counts.people(), "person", "people") + ", "
                + count(counts.interactions(), "conversation", "conversations");
    }

    private static String count(int value, String one, String many) {
        return value == 1 ? "1 " + one : String.format(Locale.ROOT, "%,d ", value) + many;
    }

    public ObservableList<BackupRow> latest() {
        return latest;
    }

    /** How many backups the backup folder keeps; a change is saved in the journal. */
    public IntegerProperty keepProperty() {
        return keep;
    }

    /** The backup a restore was asked for, waiting for the person's yes; null when none. */
    public ReadOnlyObjectProperty<BackupRow> askedProperty() {
        return asked.getReadOnlyProperty();
    }

    /** True when the backup asked about needs its own passphrase. */
    public ReadOnlyBooleanProperty needsBackupPassphraseProperty() {
        return needsBackupPassphrase.getReadOnlyProperty();
    }

    public StringProperty backupPassphraseProperty() {
        return backupPassphrase;
    }

    public ReadOnlyBooleanProperty workingProperty() {
        return working.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Where the backups are. */
    public ReadOnlyStringProperty folderProperty() {
        return folder.getReadOnlyProperty();
    }

    /** Whether a backup or restore can be made now: the own journal open and writable, nothing running. */
    public BooleanBinding canWorkProperty() {
        return canWork;
    }

    private record Listing(List<BackupFile> backups, int keep, Path folder) {
    }
}
