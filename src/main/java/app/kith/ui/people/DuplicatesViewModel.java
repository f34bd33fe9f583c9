package app.kith.ui.people;

import app.kith.store.DuplicatePair;
import app.kith.store.Journal;
import app.kith.store.JournalException;
import app.kith.store.MatchKeys;
import app.kith.store.PersonMergeUndo;
import app.kith.store.PersonSummary;
import app.kith.ui.common.JournalChanges;
import app.kith.ui.common.TaskRunner;
import app.kith.ui.common.UndoOffer;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * People › Find duplicates: the pairs of people who may be one person (the same email, the same phone,
 * similar names), read in the background while the list is open and again after every change to the
 * journal; Merge joins a pair into the person chosen to keep, in one transaction, and the window's undo
 * bar offers it back.
 */
public final class DuplicatesViewModel {

    /** What the list shows. */
    public enum State { READING, PAIRS, NONE, FAILED }

    private static final Logger LOG = LoggerFactory.getLogger(DuplicatesViewModel.class);

    private final TaskRunner tasks;
    private final ObservableValue<Journal> journal;
    private final JournalChanges changes;
    private final UndoOffer undo;
    private final MatchKeys keys;
    private final InvalidationListener changed = observable -> read();

    private final ObservableList<DuplicateRow> pairs = FXCollections.observableArrayList();
    private final ObservableList<DuplicateRow> pairsShown = FXCollections.unmodifiableObservableList(pairs);
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.READING);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private int reads;
    private boolean open;

    /** @param keys how phones are compared (the user's region reads a number without a country code) */
    public DuplicatesViewModel(TaskRunner tasks, ObservableValue<Journal> journal, JournalChanges changes,
                               UndoOffer undo, MatchKeys keys) {
        this.tasks = tasks;
        this.journal = journal;
        this.changes = changes;
        this.undo = undo;
        this.keys = keys;
    }

    /** The list is shown: read the pairs, and read them again after each change until {@link #close()}. */
    public void open() {
        if (!open) {
            open = true;
            changes.revisionProperty().addListener(changed);
        }
        read();
    }

    /** The list is gone: it no longer follows the journal. */
    public void close() {
        open = false;
        changes.revisionProperty().removeListener(changed);
    }

    /** Joins the pair into the person chosen to keep; the window's undo bar offers it back. */
    public void merge(DuplicateRow row) {
        Journal at = journal.getValue();
        if (at == null || busy.get()) {
            return;
        }
        DuplicateRow.Someone keep = row.kept();
        DuplicateRow.Someone other = row.mergedAway();
        busy.set(true);
        tasks.write(context -> at.merges().merge(keep.id(), other.id()))
                .onSuccess(merged -> {
                    busy.set(false);
                    message.set("Merged " + other.name() + " into " + keep.name() + ": their conversations,"
                            + " favours, follow-ups and details are " + keep.name() + "'s now.");
                    changes.changed();
                    undo.offer("Merged " + other.name() + " into " + keep.name(), () -> undo(at, merged));
                })
                .onError(JournalException.class, error -> failed(error.getMessage()))
                .onError(error -> {
                    LOG.error("Merging two people failed", error);
                    failed("Kith could not merge " + other.name() + " into " + keep.name() + ".");
                })
                .start();
    }

    private void undo(Journal at, PersonMergeUndo merged) {
        if (at != journal.getValue()) {
            return;
        }
        String names = merged.keepBefore().name() + " and " + merged.other().name();
        tasks.write(context -> {
            at.merges().undo(merged);
            return null;
        }).onSuccess(done -> {
            message.set(names + " are two people again.");
            changes.changed();
        }).onError(error -> {
            LOG.error("Undoing a merge failed", error);
            undo.failed("Kith could not part " + names + " again.");
        }).start();
    }

    private void read() {
        Journal at = journal.getValue();
        int asked = ++reads;
        if (at == null) {
            pairs.clear();
            state.set(State.NONE);
            return;
        }
        tasks.read(context -> rows(at)).onSuccess(read -> {
            if (asked == reads) {
                pairs.setAll(read);
                state.set(read.isEmpty() ? State.NONE : State.PAIRS);
            }
        }).onError(error -> {
            LOG.error("Finding duplicates failed", error);
            if (asked == reads) {
                pairs.clear();
                state.set(State.FAILED);
                message.set("Kith could not look for duplicates in the journal.");
            }
        }).start();
    }

    /** Runs in the background. */
    private List<DuplicateRow> rows(Journal at) {
        List<DuplicatePair> found = at.duplicates().find(keys);
        if (found.isEmpty()) {
            return List.of();
        }
        Map<UUID, PersonSummary> summaries = at.people().summaries().stream()
                .collect(Collectors.toMap(PersonSummary::id, Function.identity()));
        return found.stream().map(pair -> new DuplicateRow(pair,
                DuplicateRow.someone(pair.first(), summaries.get(pair.first().id())),
                DuplicateRow.someone(pair.second(), summaries.get(pair.second().id())))).toList();
    }

    private void failed(String sentence) {
        busy.set(false);
        message.set(sentence);
    }

    /** The candidate pairs, in name order. */
    public ObservableList<DuplicateRow> pairs() {
        return pairsShown;
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** What the last merge (or its undo) did, or why it could not; "" before any. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** True while a merge is being written. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
