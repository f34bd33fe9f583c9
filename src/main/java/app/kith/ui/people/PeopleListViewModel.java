package app.kith.ui.people;

import app.kith.insight.Balance;
import app.kith.insight.Kind;
import app.kith.insight.Status;
import app.kith.ui.common.InsightReading;
import app.kith.ui.common.InsightSnapshot;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The People list: everyone in the window's latest reading of the journal ({@link InsightSnapshot}),
 * searched as the user types and narrowed by the filters on the FX thread. A keystroke only compares
 * strings made when the reading was taken; while the list is hidden it takes no new reading. The selected person is kept across every read; when they leave the journal,
 * the person now in their place is selected, as a mail client does after a deletion.
 */
public final class PeopleListViewModel {

    /** What the list area shows. */
    public enum State { WAITING, EMPTY_JOURNAL, NO_MATCHES, LIST }

    private final InsightSnapshot insight;
    private final NumberFormat numbers;

    private final StringProperty query = new SimpleStringProperty("");
    private final ObjectProperty<String> tag = new SimpleObjectProperty<>();
    private final BooleanProperty showArchived = new SimpleBooleanProperty();
    private final BooleanProperty followUpDue = new SimpleBooleanProperty();
    private final ObjectProperty<Kind> kind = new SimpleObjectProperty<>();
    private final ObjectProperty<Balance> balance = new SimpleObjectProperty<>();
    private final ObjectProperty<RingFilter> ring = new SimpleObjectProperty<>(RingFilter.ANY);
    private final ObjectProperty<Status> status = new SimpleObjectProperty<>();
    private final ObjectProperty<PeopleSort> sort = new SimpleObjectProperty<>(PeopleSort.NAME);
    private final ObjectProperty<UUID> selected = new SimpleObjectProperty<>();

    private final ObservableList<PersonRow> rows = FXCollections.observableArrayList();
    private final ObservableList<String> tags = FXCollections.observableArrayList();
    private final ObservableList<PersonRow> rowsShown = FXCollections.unmodifiableObservableList(rows);
    private final ObservableList<String> tagsShown = FXCollections.unmodifiableObservableList(tags);
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.WAITING);
    private final ReadOnlyStringWrapper count = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper noMatches = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper();

    private PeopleSnapshot snapshot = PeopleSnapshot.NOBODY;
    private Map<UUID, PersonRow> byId = Map.of();
    /** Everyone in the chosen order; a keystroke walks this list once. */
    private List<PersonRow> ordered = List.of();
    /** The last keystroke's filter and what it found, while the people and their order stay the same. */
    private PeopleFilter lastFilter;
    private List<PersonRow> lastShown;
    private int lastListed;
    private boolean active;
    private boolean loaded;
    /** The reading shown last, so that showing the list again does not rebuild the same rows. */
    private InsightReading taken;
    /** Asked to be shown before the read that holds them arrived (a person just added). */
    private UUID pending;

    /**
     * @param insight the window's reading of the journal: the list shows its latest reading while it is active
     */
    public PeopleListViewModel(InsightSnapshot insight, Locale locale) {
        this.insight = insight;
        this.numbers = NumberFormat.getIntegerInstance(locale);
        insight.readingProperty().addListener((observable, was, now) -> {
            if (now == null || was != null && was.journal() != now.journal()) {
                // Another journal (or none): nobody of the last one stays selected or listed.
                loaded = false;
                selected.set(null);
                show(PeopleSnapshot.NOBODY);
            }
            if (active && now != null) {
                take(now);
            }
        });
        insight.problemProperty().addListener((observable, was, now) -> problem.set(now));
        for (Observable filter : List.of(query, tag, showArchived, followUpDue, kind, balance, ring, status)) {
            filter.addListener(changed -> apply());
        }
        sort.addListener(changed -> {
            order();
            apply();
        });
    }

    /** The list is shown: it shows the latest reading of the journal, and each new one while it stays shown. */
    public void activate() {
        if (!active) {
            active = true;
            insight.refreshIfStale();
            InsightReading latest = insight.reading();
            if (latest != null && latest != taken) {
                take(latest);
            }
        }
    }

    /** The list is hidden: it leaves new readings alone until it is shown again. */
    public void deactivate() {
        active = false;
    }

    private void take(InsightReading reading) {
        taken = reading;
        loaded = true;
        show(PeopleSnapshot.of(reading));
    }

    /**
     * Selects the person and makes sure the list shows them: the search and filters that hide them
     * are cleared. A person not read yet is selected as soon as the next read brings them.
     */
    public void select(UUID id) {
        PersonRow row = byId.get(id);
        if (row == null) {
            pending = id;
            selected.set(id);
            return;
        }
        if (!rows.contains(row)) {
            clearFilters();
            if (row.archived()) {
                showArchived.set(true);
            }
        }
        selected.set(id);
    }

    /** Empties the search box; true when there was something to clear. */
    public boolean clearSearch() {
        boolean had = !query.get().isEmpty();
        query.set("");
        return had;
    }

    /** Takes the search and every filter away (the archived stay as chosen). */
    public void clearFilters() {
        query.set("");
        tag.set(null);
        followUpDue.set(false);
        kind.set(null);
        balance.set(null);
        ring.set(RingFilter.ANY);
        status.set(null);
    }

    /** The row of a person read in the latest read, or null. */
    public PersonRow row(UUID id) {
        return id == null ? null : byId.get(id);
    }

    private void show(PeopleSnapshot read) {
        UUID before = selected.get();
        int place = before == null ? -1 : indexOf(before);
        snapshot = read;
        Map<UUID, PersonRow> index = new HashMap<>(read.rows().size() * 2);
        read.rows().forEach(row -> index.put(row.id(), row));
        byId = index;
        tags.setAll(read.tags());
        if (tag.get() != null && !app.kith.domain.Tags.contains(read.tags(), tag.get())) {
            tag.set(null);
        }
        order();
        apply();
        if (pending != null && byId.containsKey(pending)) {
            UUID asked = pending;
            pending = null;
            select(asked);
        } else if (before != null && !byId.containsKey(before) && !before.equals(pending)) {
            selected.set(rows.isEmpty() || place < 0 ? null : rows.get(Math.min(place, rows.size() - 1)).id());
        }
    }

    private int indexOf(UUID id) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    private void order() {
        lastFilter = null;
        if (sort.get().order() == null) {
            ordered = snapshot.rows();
        } else {
            List<PersonRow> sorted = new ArrayList<>(snapshot.rows());
            sorted.sort(sort.get().order());
            ordered = sorted;
        }
    }

    /** Filters everyone in order: the work of one keystroke. */
    private void apply() {
        PeopleFilter filter = filter();
        List<PersonRow> shown = new ArrayList<>();
        int listed = 0;
        if (lastFilter != null && filter.narrows(lastFilter)) {
            listed = lastListed;
            for (PersonRow row : lastShown) {
                if (filter.matches(row)) {
                    shown.add(row);
                }
            }
        } else {
            for (PersonRow row : ordered) {
                if (!row.archived() || filter.showArchived()) {
                    listed++;
                }
                if (filter.matches(row)) {
                    shown.add(row);
                }
            }
        }
        lastFilter = filter;
        lastShown = shown;
        lastListed = listed;
        rows.setAll(shown);
        state.set(!loaded ? State.WAITING : snapshot.rows().isEmpty() ? State.EMPTY_JOURNAL
                : shown.isEmpty() ? State.NO_MATCHES : State.LIST);
        count.set(shown.size() == listed ? people(listed) : numbers.format(shown.size()) + " of " + people(listed));
        noMatches.set(shown.isEmpty() ? noMatchesSentence(filter) : "");
    }

    PeopleFilter filter() {
        return new PeopleFilter(PeopleFilter.terms(query.get()), tag.get(), showArchived.get(), followUpDue.get(),
                kind.get(), balance.get(), ring.get() == null ? RingFilter.ANY : ring.get(), status.get());
    }

    private String noMatchesSentence(PeopleFilter filter) {
        String typed = query.get() == null ? "" : query.get().strip();
        boolean filtered = filter.tag() != null || filter.followUpDue() || filter.kind() != null
                || filter.balance() != null || filter.ring() != RingFilter.ANY || filter.status() != null;
        long archived = filter.showArchived() ? 0 : ordered.stream().filter(new PeopleFilter(filter.terms(),
                filter.tag(), true, filter.followUpDue(), filter.kind(), filter.balance(), filter.ring(),
                filter.status())::matches).count();
        String hint = archived == 0 ? "" : " " + (archived == 1 ? "One archived person does"
                : numbers.format(archived) + " archived people do") + ": show the archived to see them.";
        if (!typed.isEmpty()) {
            return "No one matches “" + typed + "”" + (filtered ? " with these filters." : ".") + hint;
        }
        if (filtered) {
            return "No one matches these filters." + hint;
        }
        return "Everyone in this journal is archived: show the archived to see them.";
    }

    private String people(long n) {
        return numbers.format(n) + (n == 1 ? " person" : " people");
    }

    public StringProperty queryProperty() {
        return query;
    }

    /** Only people with this tag (null: any). */
    public ObjectProperty<String> tagProperty() {
        return tag;
    }

    public BooleanProperty showArchivedProperty() {
        return showArchived;
    }

    /** Only people with a follow-up due today or earlier. */
    public BooleanProperty followUpDueProperty() {
        return followUpDue;
    }

    /** Only Chat or only Chit (null: any). */
    public ObjectProperty<Kind> kindProperty() {
        return kind;
    }

    public ObjectProperty<Balance> balanceProperty() {
        return balance;
    }

    public ObjectProperty<RingFilter> ringProperty() {
        return ring;
    }

    public ObjectProperty<Status> statusProperty() {
        return status;
    }

    public ObjectProperty<PeopleSort> sortProperty() {
        return sort;
    }

    /** The person whose page is shown, or null. */
    public ObjectProperty<UUID> selectedProperty() {
        return selected;
    }

    /** The people shown, in order. Changed by the view model only. */
    public ObservableList<PersonRow> rows() {
        return rowsShown;
    }

    /** Every tag in use, for the tag filter. */
    public ObservableList<String> tags() {
        return tagsShown;
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** "1,000 people", or "12 of 1,000 people" while searching or filtering. */
    public ReadOnlyStringProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    /** Why the list is empty while the journal is not, as a sentence. */
    public ReadOnlyStringProperty noMatchesProperty() {
        return noMatches.getReadOnlyProperty();
    }

    /** Why the list could not be read, or null. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
