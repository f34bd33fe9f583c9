package app.kith.ui.person;

import app.kith.store.Journal;
import app.kith.store.JournalException;
import app.kith.ui.common.Cancellable;
import app.kith.ui.common.JournalChanges;
import app.kith.ui.common.TaskRunner;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every section of a person's page does to read: it reads in the background from the open
 * journal, again whenever the journal changed or another journal was opened, and drops the
 * answers that come late for a person or a journal no longer shown, so that a quick walk down the
 * list never shows one person's figures on another's page.
 *
 * @param <T> what the section reads about one person
 */
final class SectionReading<T> {

    /** Reads what a section shows about one person; runs in the background. */
    @FunctionalInterface
    interface Reader<R> {
        R read(Journal journal, UUID person) throws Exception;
    }

    private static final Logger LOG = LoggerFactory.getLogger(SectionReading.class);

    private final TaskRunner tasks;
    private final ObservableValue<Journal> journal;
    private final Reader<T> reader;
    private final Consumer<T> shown;
    private final String failure;
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper();

    private UUID person;
    private long generation;
    private Cancellable running;

    /**
     * @param shown takes what was read (on the FX thread), or null when there is nobody or no journal to show
     * @param failure the sentence shown when reading fails for a reason the journal does not explain
     */
    SectionReading(TaskRunner tasks, ObservableValue<Journal> journal, JournalChanges changes, Reader<T> reader,
                   Consumer<T> shown, String failure) {
        this.tasks = tasks;
        this.journal = journal;
        this.reader = reader;
        this.shown = shown;
        this.failure = failure;
        changes.revisionProperty().addListener((observable, was, now) -> reload());
        journal.addListener((observable, was, now) -> reload());
    }

    /** Shows this person (null: nobody), reading in the background. */
    void show(UUID personId) {
        person = personId;
        reload();
    }

    /** The person shown, or null. */
    UUID person() {
        return person;
    }

    /** The open journal, or null. */
    Journal journal() {
        return journal.getValue();
    }

    /** Why the section could not be read, in a sentence, or null. */
    ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Reads what the section shows about the current person again. */
    void reload() {
        Journal open = journal.getValue();
        if (running != null) {
            running.cancel();
        }
        generation++;
        if (open == null || person == null) {
            problem.set(null);
            shown.accept(null);
            return;
        }
        running = more(reader, shown, () -> { });
    }

    /**
     * Reads something more about the current person (a further page), handing it on only while the
     * same person is shown from the same journal and nothing was read afresh meanwhile.
     */
    <R> Cancellable more(Reader<R> more, Consumer<R> then, Runnable failed) {
        Journal open = journal.getValue();
        UUID asked = person;
        long askedGeneration = generation;
        if (open == null || asked == null) {
            return () -> { };
        }
        return tasks.read(context -> more.read(open, asked))
                .onSuccess(value -> {
                    if (isCurrent(open, asked, askedGeneration)) {
                        problem.set(null);
                        then.accept(value);
                    }
                })
                .onError(JournalException.class, error -> {
                    failed.run();
                    fail(open, asked, askedGeneration, error.getMessage());
                })
                .onError(error -> {
                    LOG.error("Reading a section of a person's page failed", error);
                    failed.run();
                    fail(open, asked, askedGeneration, failure);
                })
                .start();
    }

    private boolean isCurrent(Journal open, UUID asked, long askedGeneration) {
        return open == journal.getValue() && asked.equals(person) && askedGeneration == generation;
    }

    private void fail(Journal open, UUID asked, long askedGeneration, String sentence) {
        if (isCurrent(open, asked, askedGeneration)) {
            problem.set(sentence);
        }
    }
}
