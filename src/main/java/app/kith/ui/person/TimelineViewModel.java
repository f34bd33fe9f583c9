package app.kith.ui.person;

import app.kith.store.Journal;
import app.kith.store.TimelinePage;
import app.kith.ui.common.EntryEditor;
import app.kith.ui.common.JournalChanges;
import app.kith.ui.common.TaskRunner;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The person's conversations and favours, newest first, under a heading per month, read a page at
 * a time so that a long history opens at once. Opening an entry hands it to the Log dialog.
 */
public final class TimelineViewModel {

    /** Entries per page: more than a screenful, few enough to read and lay out at once. */
    public static final int PAGE = 40;

    private final EntryEditor editor;
    private final Locale locale;
    private final SectionReading<TimelinePage> reading;
    private final ObservableList<TimelineRows.Row> rows = FXCollections.observableArrayList();
    /** Held here: a read-only view only listens to its list weakly, and would be collected with its listeners. */
    private final ObservableList<TimelineRows.Row> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyBooleanWrapper more = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper empty = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper loadingMore = new ReadOnlyBooleanWrapper();

    /** How many entries to read when reading afresh: a page, or all those shown when the journal changed. */
    private volatile int wanted = PAGE;
    private int entriesShown;
    private YearMonth lastMonth;
    private TimelineRows format;

    public TimelineViewModel(TaskRunner tasks, ObservableValue<Journal> journal, JournalChanges changes,
                             EntryEditor editor, Locale locale) {
        this.editor = editor;
        this.locale = locale;
        this.reading = new SectionReading<>(tasks, journal, changes,
                (open, person) -> open.timeline().page(person, 0, wanted), this::showFirst,
                "Kith could not read this person's timeline.");
    }

    /** Shows this person's timeline from the newest entry (null: nobody). */
    public void show(UUID person) {
        if (person == null || !person.equals(reading.person())) {
            wanted = PAGE;
            format = person == null ? null : new TimelineRows(person, locale);
        }
        reading.show(person);
    }

    /** Month headings, conversations and favours, newest first. */
    public ObservableList<TimelineRows.Row> rows() {
        return rowsView;
    }

    /** True when older entries can be shown. */
    public ReadOnlyBooleanProperty moreProperty() {
        return more.getReadOnlyProperty();
    }

    /** True once read and nothing is logged with the person. */
    public ReadOnlyBooleanProperty emptyProperty() {
        return empty.getReadOnlyProperty();
    }

    /** True while older entries are being read. */
    public ReadOnlyBooleanProperty loadingMoreProperty() {
        return loadingMore.getReadOnlyProperty();
    }

    /** Why the timeline could not be read, or null. */
    public ReadOnlyStringProperty problemProperty() {
        return reading.problemProperty();
    }

    /** Reads the next page of older entries and adds it below. */
    public void showMore() {
        if (!more.get() || loadingMore.get()) {
            return;
        }
        loadingMore.set(true);
        int offset = entriesShown;
        reading.more((open, person) -> open.timeline().page(person, offset, PAGE), page -> {
            loadingMore.set(false);
            append(page);
        }, () -> loadingMore.set(false));
    }

    /** Opens a conversation or favour of the timeline in the Log dialog. */
    public void open(TimelineRows.Row row) {
        if (row instanceof TimelineRows.Conversation conversation) {
            editor.editInteraction(conversation.id());
        } else if (row instanceof TimelineRows.FavourLine favour) {
            editor.editFavour(favour.id());
        }
    }

    /** Opens the Log dialog for a first conversation with the person. */
    public void logFirst() {
        UUID person = reading.person();
        if (person != null) {
            editor.logConversation(List.of(person));
        }
    }

    private void showFirst(TimelinePage page) {
        loadingMore.set(false);
        entriesShown = 0;
        lastMonth = null;
        if (page == null) {
            rows.clear();
            more.set(false);
            empty.set(false);
            return;
        }
        rows.setAll(format.rows(page.entries(), page.names(), null));
        count(page);
    }

    private void append(TimelinePage page) {
        rows.addAll(format.rows(page.entries(), page.names(), lastMonth));
        count(page);
    }

    private void count(TimelinePage page) {
        entriesShown += page.entries().size();
        wanted = Math.max(PAGE, entriesShown);
        if (!page.entries().isEmpty()) {
            lastMonth = YearMonth.from(page.entries().get(page.entries().size() - 1).date());
        }
        more.set(page.more());
        empty.set(entriesShown == 0);
    }
}
