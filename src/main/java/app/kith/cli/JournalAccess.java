package app.kith.cli;

import app.kith.store.DataFolder;
import app.kith.store.Journal;
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

    /**
     * @param dataDirOption the value of {@code --data-dir}, read when a command runs (null when not given)
     */
    public JournalAccess(Supplier<Path> dataDirOption, Clock clock) {
        this.dataDirOption = dataDirOption;
        this.clock = clock;
    }

    /** The absolute data folder this run works on. */
    public Path folder() {
        return DataFolder.resolve(dataDirOption.get());
    }

    /**
     * Opens (creating when needed) the journal in the data folder; the caller closes it.
     *
     * @throws app.kith.store.JournalException with a sentence when it cannot be opened
     */
    public Journal open() {
        return Journal.open(folder(), clock);
    }

    /**
     * Opens the journal in the data folder for reading only, leaving its file as it was; the caller closes it.
     *
     * @throws app.kith.store.JournalException with a sentence when there is no journal there or it cannot be opened
     */
    public Journal openForReading() {
        return Journal.openForReading(folder(), clock);
    }

    public Clock clock() {
        return clock;
    }
}
