package app.kith.ui.pictures;

import app.kith.domain.Channel;
import app.kith.domain.Depth;
import app.kith.domain.Initiator;
import app.kith.domain.Interaction;
import app.kith.domain.Person;
import app.kith.store.Journal;
import app.kith.ui.common.BackgroundTask;
import app.kith.ui.common.InsightSnapshot;
import app.kith.ui.common.JournalChanges;
import app.kith.ui.common.SameThreadTaskRunner;
import app.kith.ui.common.TaskRunner;
import app.kith.ui.common.Work;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.SimpleObjectProperty;

/**
 * A real journal for the pictures' view-model tests, with the window's parts around it: the one insight snapshot
 * and the "as of" model, all on the calling thread. Tests write people and conversations, then call
 * {@link #changed()} as the window does after a write.
 */
public final class PicturesJournal implements AutoCloseable {

    public static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);

    private final SimpleObjectProperty<Journal> journal = new SimpleObjectProperty<>();
    private final JournalChanges changes = new JournalChanges();
    private final CountingRunner tasks = new CountingRunner();
    private final InsightSnapshot snapshot;
    private final AsOfViewModel asOf;

    public PicturesJournal(Path folder) {
        snapshot = new InsightSnapshot(tasks, journal, changes, CLOCK);
        asOf = new AsOfViewModel(tasks, snapshot, Locale.UK);
        journal.set(Journal.open(folder, CLOCK));
    }

    public Journal journal() {
        return journal.get();
    }

    public AsOfViewModel asOf() {
        return asOf;
    }

    /** Tells the window's parts the journal was written, as the dialogs do. */
    public void changed() {
        changes.changed();
    }

    /** How many pieces of background work were started: each past day worked out is one. */
    public int tasksStarted() {
        return tasks.started;
    }

    public Person person(String name) {
        return person(Person.named(name));
    }

    public Person person(Person person) {
        journal.get().people().add(person);
        return person;
    }

    /** A conversation {@code daysAgo} days before today, of the given length and starter. */
    public void talk(int daysAgo, Channel channel, Depth depth, Initiator initiator, Integer minutes, Person... with) {
        journal.get().interactions().add(Interaction.create(TODAY.minusDays(daysAgo), channel, depth, initiator,
                minutes, List.of(with).stream().map(Person::id).toList(), null));
    }

    /** A half-hour catch-up call on each of the days ago given. */
    public void calls(Person person, int... daysAgo) {
        for (int days : daysAgo) {
            talk(days, Channel.CALL, Depth.CATCH_UP, Initiator.ME, 30, person);
        }
    }

    @Override
    public void close() {
        journal.get().close();
    }

    /** The same-thread runner, counting what it is asked to run. */
    private static final class CountingRunner implements TaskRunner {

        private final SameThreadTaskRunner runner = new SameThreadTaskRunner();
        private int started;

        @Override
        public <T> BackgroundTask<T> read(Work<T> work) {
            started++;
            return runner.read(work);
        }

        @Override
        public <T> BackgroundTask<T> write(Work<T> work) {
            started++;
            return runner.write(work);
        }
    }
}
