package app.kith.ui.map;

import app.kith.insight.Balance;
import app.kith.insight.Explanation;
import app.kith.insight.Kind;
import app.kith.insight.PersonInsight;
import app.kith.insight.Status;
import app.kith.ui.common.PeopleNavigator;
import app.kith.ui.common.TaskRunner;
import app.kith.ui.people.PeopleFilter;
import app.kith.ui.people.PeopleSnapshot;
import app.kith.ui.people.PersonRow;
import app.kith.ui.people.RingFilter;
import app.kith.ui.person.InsightViewModel;
import app.kith.ui.pictures.AsOfViewModel;
import app.kith.ui.pictures.PersonCard;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Map: everyone with a conversation as a bubble, Depth up, Investment across, as of the day the
 * {@link AsOfViewModel} shows (today: the window's one reading of the journal). Searches and filters as the People
 * list does ({@link PeopleFilter}): the people who match are lit, the others dimmed. The person pointed at (or
 * reached with the arrow keys) has a card with their labels and the model's reasons; Enter or a click opens them.
 */
public final class MapViewModel {

    /**
     * The bubbles of one day, with the index that finds them.
     *
     * @param today true for today's reading
     */
    public record Frame(LocalDate day, boolean today, MapIndex index) {

        public List<MapPoint> points() {
            return index.points();
        }
    }

    private final AsOfViewModel asOf;
    private final PeopleNavigator people;
    private final NumberFormat numbers;

    private final StringProperty query = new SimpleStringProperty("");
    private final ObjectProperty<String> tag = new SimpleObjectProperty<>();
    private final ObjectProperty<Kind> kind = new SimpleObjectProperty<>();
    private final ObjectProperty<Balance> balance = new SimpleObjectProperty<>();
    private final ObjectProperty<RingFilter> ring = new SimpleObjectProperty<>(RingFilter.ANY);
    private final ObjectProperty<Status> status = new SimpleObjectProperty<>();
    private final ObjectProperty<UUID> focused = new SimpleObjectProperty<>();
    private final ObservableList<String> tags = FXCollections.observableArrayList();
    private final ObservableList<String> tagsView = FXCollections.unmodifiableObservableList(tags);
    private final ReadOnlyObjectWrapper<Frame> frame = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Set<UUID>> matches = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<PersonCard> card = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper count = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper empty = new ReadOnlyStringWrapper();

    private final TaskRunner tasks;
    private AsOfViewModel.Moment shown;
    private Map<UUID, PersonRow> rows = Map.of();
    private boolean active;

    /**
     * @param tasks lays the map out in the background (a large journal takes a moment to spread)
     * @param people opens a person's page (the People screen with them selected)
     */
    public MapViewModel(TaskRunner tasks, AsOfViewModel asOf, PeopleNavigator people, Locale locale) {
        this.tasks = tasks;
        this.asOf = asOf;
        this.people = people;
        this.numbers = NumberFormat.getIntegerInstance(locale);
        asOf.momentProperty().addListener((observable, was, now) -> {
            if (active) {
                show(now);
            }
        });
        for (Observable filter : List.of(query, tag, kind, balance, ring, status)) {
            filter.addListener(changed -> applyFilters());
        }
        focused.addListener((observable, was, now) -> updateCard());
    }

    /** The Map is shown: it follows the day chosen. */
    public void activate() {
        if (!active) {
            active = true;
            asOf.activate(false);
            show(asOf.momentProperty().get());
        }
    }

    public void deactivate() {
        if (active) {
            active = false;
            asOf.deactivate(false);
        }
    }

    private void show(AsOfViewModel.Moment moment) {
        if (moment == shown) {
            return;
        }
        shown = moment;
        if (moment == null) {
            rows = Map.of();
            frame.set(null);
            applyFilters();
            updateCard();
            return;
        }
        tasks.read(context -> new Laid(new Frame(moment.day(), moment.today(),
                        new MapIndex(MapLayout.of(moment.insight()))),
                        PeopleSnapshot.of(moment.people(), moment.insight().people(), Set.of())))
                .onSuccess(laid -> {
                    if (moment == shown) {
                        take(laid);
                    }
                })
                .start();
    }

    /** The map of a day and the rows its search and filters look at, worked out together. */
    private record Laid(Frame frame, PeopleSnapshot snapshot) {
    }

    private void take(Laid laid) {
        Map<UUID, PersonRow> byId = new HashMap<>(laid.snapshot().rows().size() * 2);
        laid.snapshot().rows().forEach(row -> byId.put(row.id(), row));
        rows = byId;
        if (!tags.equals(laid.snapshot().tags())) {
            tags.setAll(laid.snapshot().tags());
        }
        frame.set(laid.frame());
        applyFilters();
        updateCard();
    }

    private void applyFilters() {
        Frame now = frame.get();
        int onMap = now == null ? 0 : now.points().size();
        PeopleFilter filter = new PeopleFilter(PeopleFilter.terms(query.get()), tag.get(), false, false, kind.get(),
                balance.get(), ring.get() == null ? RingFilter.ANY : ring.get(), status.get());
        empty.set(now != null && onMap == 0 ? "Nobody is on the map yet: a person appears once you log a "
                + "conversation with them." : null);
        if (filter.isEverybody() || now == null) {
            matches.set(null);
            count.set(people(onMap) + " on the map");
            return;
        }
        Set<UUID> lit = new HashSet<>();
        for (MapPoint point : now.points()) {
            PersonRow row = rows.get(point.id());
            if (row != null && filter.matches(row)) {
                lit.add(point.id());
            }
        }
        matches.set(lit);
        count.set(numbers.format(lit.size()) + " of " + people(onMap) + " match");
    }

    private String people(int n) {
        return numbers.format(n) + (n == 1 ? " person" : " people");
    }

    private void updateCard() {
        UUID id = focused.get();
        PersonInsight person = id == null || shown == null ? null : shown.insight().find(id).orElse(null);
        card.set(person == null ? null : card(person));
    }

    static PersonCard card(PersonInsight person) {
        Explanation why = person.explain();
        String ring = person.placedRing() == null ? "Outside the rings" : "Ring " + person.placedRing().size();
        String headline = "Depth " + person.depth() + " · " + ring + " · Investment "
                + signed(person.figures().investment());
        return new PersonCard(person.id(), person.person().name(), headline, List.of(
                InsightViewModel.line("Kind", why.kind(), person.kind() == null ? "" : person.kind().code()),
                InsightViewModel.line("Balance", why.balance(), person.balance().code()),
                InsightViewModel.line("Initiative", why.initiative(), person.initiative().code()),
                InsightViewModel.line("Status", why.status(), person.status().code())));
    }

    /** "+0.31", "−0.12", "0.00", as the model writes a balance. */
    static String signed(double value) {
        String text = String.format(Locale.ROOT, "%.2f", Math.abs(value));
        return text.equals("0.00") ? text : (value > 0 ? "+" : "\u2212") + text;
    }

    /** True when the bubble is lit: no search or filter, or it matches them. */
    public boolean lit(MapPoint point) {
        Set<UUID> lit = matches.get();
        return lit == null || lit.contains(point.id());
    }

    /** Opens the person's page (the People screen with them selected). */
    public void open(UUID id) {
        if (id != null) {
            people.showPerson(id);
        }
    }

    /** Takes the search and every filter away. */
    public void clearFilters() {
        query.set("");
        tag.set(null);
        kind.set(null);
        balance.set(null);
        ring.set(RingFilter.ANY);
        status.set(null);
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObjectProperty<String> tagProperty() {
        return tag;
    }

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

    /** Every tag in use, for the tag filter. */
    public ObservableList<String> tags() {
        return tagsView;
    }

    /** The person pointed at or reached with the arrow keys, or null. */
    public ObjectProperty<UUID> focusedProperty() {
        return focused;
    }

    /** The bubbles of the day shown, or null before the first reading. */
    public ReadOnlyObjectProperty<Frame> frameProperty() {
        return frame.getReadOnlyProperty();
    }

    /** The people who match the search and filters, or null when there are none (everyone is lit). */
    public ReadOnlyObjectProperty<Set<UUID>> matchesProperty() {
        return matches.getReadOnlyProperty();
    }

    /** The card of the focused person, or null. */
    public ReadOnlyObjectProperty<PersonCard> cardProperty() {
        return card.getReadOnlyProperty();
    }

    /** "835 people on the map", or "12 of 835 people match" while searching or filtering. */
    public ReadOnlyStringProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    /** Why the map is empty, or null. */
    public ReadOnlyStringProperty emptyProperty() {
        return empty.getReadOnlyProperty();
    }
}
