package app.kith.cli;

import app.kith.store.DataFolder;
import app.kith.store.Journal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Supplier;

/**
 * What every sub-command shares: the data folder named by the global {@code --data-dir} option
 * (else {@code KITH_HOME}, else the platform's folder) and a way to open the journal in it.
 */
public final class JournalAccess {

    private final Supplier<Path> dataDirOption;
    private final Clock clock;
    private final PassphraseSources passphrases;

    /**
     * @param dataDirOption the value of {@code --data-dir}, read when a command runs (null when not given)
     * @param passphrases where a locked journal's passphrase comes from
     */
    JournalAccess(Supplier<Path> dataDirOption, Clock clock, PassphraseSources passphrases) {
        this.dataDirOption = dataDirOption;
        this.clock = clock;
        this.passphrases = passphrases;
    }

    /**
     * The absolute data folder this run works on.
     *
     * @throws WrongValue when {@code --data-dir} is empty or names a file
     */
    public Path folder() {
        Path given = dataDirOption.get();
        if (given != null && given.toString().isBlank()) {
            throw new WrongValue("--data-dir is empty: name the folder that holds the journal, e.g. --data-dir ~/kith.");
        }
        Path folder = DataFolder.resolve(given);
        if (given != null && Files.isRegularFile(folder)) {
            throw new WrongValue("--data-dir: " + folder + " is a file, not a folder: name the folder that holds"
                    + " the journal.");
        }
        return folder;
    }

    /**
     * Opens (creating when needed) the journal in the data folder; the caller closes it.
     *
     * @throws app.kith.store.JournalException with a sentence when it cannot be opened
     */
    public Journal open() {
        Path folder = folder();
        return passphrases.open(folder, key -> Journal.open(folder, clock, key));
    }

    /**
     * Opens the journal in the data folder for reading only, leaving its file as it was; the caller closes it.
     *
     * @throws app.kith.store.JournalException with a sentence when there is no journal there or it cannot be opened
     */
    public Journal openForReading() {
        Path folder = folder();
        return passphrases.open(folder, key -> Journal.openForReading(folder, clock, key));
    }

    /** What is done with a journal opened for reading, and a way to open it for writing afterwards. */
    @FunctionalInterface
    public interface ReadThenWrite<T> {
        /**
         * @param reader the journal, opened for reading only
         * @param writer opens it for writing (with the same passphrase); close the reader first
         */
        T apply(Journal reader, Supplier<Journal> writer);
    }

    /**
     * Opens the journal for reading, and lets the work open it for writing only when it has something to
     * write, so that work that ends up writing nothing leaves the file byte for byte as it was; a locked
     * journal's passphrase is asked for once, for both.
     */
    public <T> T readThenWrite(ReadThenWrite<T> work) {
        Path folder = folder();
        return passphrases.open(folder, key -> work.apply(Journal.openForReading(folder, clock, key),
                () -> Journal.open(folder, clock, key)));
    }

    /** Where passphrases come from: for the commands that set or change one. */
    PassphraseSources passphrases() {
        return passphrases;
    }

    public Clock clock() {
        return clock;
    }
}
