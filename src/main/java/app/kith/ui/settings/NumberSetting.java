package app.kith.ui.settings;

import app.kith.store.Journal;
import app.kith.store.JournalException;
import app.kith.ui.common.TaskRunner;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.IntFunction;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A whole-number setting typed into a field (the review's size, how often a review is due): checked as it is typed,
 * the reason beside the field when it cannot be used, and saved in the background when the field is left or Enter
 * is pressed. A wrong value is never saved.
 */
public final class NumberSetting {

    private static final Logger LOG = LoggerFactory.getLogger(NumberSetting.class);

    private final TaskRunner tasks;
    private final ObservableValue<Journal> journal;
    private final int min;
    private final int max;
    private final String refusal;
    private final Function<Journal, Integer> read;
    private final BiConsumer<Journal, Integer> write;
    private final IntFunction<String> meaning;
    private final StringProperty text = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper said = new ReadOnlyStringWrapper("");
    private Integer saved;

    /**
     * @param refusal the sentence for a value that cannot be used, with the bounds as %d and %d
     * @param meaning what a good value means, in a sentence
     */
    NumberSetting(TaskRunner tasks, ObservableValue<Journal> journal, int min, int max, String refusal,
                  Function<Journal, Integer> read, BiConsumer<Journal, Integer> write, IntFunction<String> meaning) {
        this.tasks = tasks;
        this.journal = journal;
        this.min = min;
        this.max = max;
        this.refusal = String.format(Locale.ROOT, refusal, min, max);
        this.read = read;
        this.write = write;
        this.meaning = meaning;
        text.addListener((observable, was, now) -> check());
    }

    /** Reads the value in force from the journal just opened. */
    void load(Journal open) {
        tasks.read(context -> read.apply(open)).onSuccess(value -> {
            if (journal.getValue() == open) {
                saved = value;
                text.set(Integer.toString(value));
            }
        }).onError(error -> LOG.warn("Kith could not read a setting", error)).start();
    }

    /** Saves what is typed when it can be used and differs from the value in force. */
    public void commit() {
        Integer value = check();
        Journal open = journal.getValue();
        if (value == null || open == null || value.equals(saved)) {
            return;
        }
        tasks.write(context -> {
            write.accept(open, value);
            return value;
        }).onSuccess(written -> saved = written)
                .onError(JournalException.class, failure -> error.set(failure.getMessage()))
                .onError(failure -> {
                    LOG.error("Saving a setting failed", failure);
                    error.set("Kith could not save this setting; the one before stays in force.");
                }).start();
    }

    /** The value typed, or null with the reason beside the field. */
    private Integer check() {
        Integer value;
        try {
            value = Integer.valueOf(text.get().strip());
        } catch (NumberFormatException e) {
            value = null;
        }
        boolean good = value != null && value >= min && value <= max;
        error.set(good ? "" : refusal);
        said.set(good ? meaning.apply(value) : "");
        return good ? value : null;
    }

    /** What is typed in the field. */
    public StringProperty textProperty() {
        return text;
    }

    /** Why what is typed cannot be used, or "". */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** What the value typed means, or "" while it cannot be used. */
    public ReadOnlyStringProperty meaningProperty() {
        return said.getReadOnlyProperty();
    }
}
