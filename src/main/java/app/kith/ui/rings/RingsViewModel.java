package app.kith.ui.rings;

import app.kith.domain.Ring;
import app.kith.insight.Explanation;
import app.kith.insight.JournalInsight;
import app.kith.insight.PersonInsight;
import app.kith.insight.RingMove;
import app.kith.insight.RingMoves;
import app.kith.ui.common.PeopleNavigator;
import app.kith.ui.person.InsightViewModel;
import app.kith.ui.pictures.AsOfViewModel;
import app.kith.ui.pictures.PersonCard;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Rings: "you" at the centre and everyone in the rings on their ring, grouped by first tag, as of the day the
 * {@link AsOfViewModel} shows; the movers of the 90 days before it with a ghost where they were, and the two lists
 * beside, Moved closer and Drifting out, each with the reason in words. A click opens the person.
 */
public final class RingsViewModel {

    /**
     * The picture of one day.
     *
     * @param movesKnown false while the moves of the 90 days before are still worked out
     */
    public record Frame(LocalDate day, boolean today, RingsLayout.Layout layout, boolean movesKnown) {
    }

    /**
     * A mover in one of the lists beside the picture.
     *
     * @param change e.g. "50 → 15", "150 → outside"
     */
    public record Mover(UUID id, String name, String change, String reason) {
    }

    private final AsOfViewModel asOf;
    private final PeopleNavigator people;
    private final NumberFormat numbers;
    private final DateTimeFormatter dates;
    private final ReadOnlyObjectWrapper<Frame> frame = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Mover> closer = FXCollections.observableArrayList();
    private final ObservableList<Mover> closerView = FXCollections.unmodifiableObservableList(closer);
    private final ObservableList<Mover> driftingOut = FXCollections.observableArrayList();
    private final ObservableList<Mover> driftingOutView = FXCollections.unmodifiableObservableList(driftingOut);
    private final ObjectProperty<UUID> focused = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<PersonCard> card = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper movesTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper empty = new ReadOnlyStringWrapper();

    private AsOfViewModel.Moment shown;
    private boolean active;

    public RingsViewModel(AsOfViewModel asOf, PeopleNavigator people, Locale locale) {
        this.asOf = asOf;
        this.people = people;
        this.numbers = NumberFormat.getIntegerInstance(locale);
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        asOf.momentProperty().addListener((observable, was, now) -> {
            if (active) {
                show(now);
            }
        });
        focused.addListener((observable, was, now) -> updateCard());
    }

    /** The Rings are shown: they follow the day chosen, with the moves of the 90 days before it. */
    public void activate() {
        if (!active) {
            active = true;
            asOf.activate(true);
            show(asOf.momentProperty().get());
        }
    }

    public void deactivate() {
        if (active) {
            active = false;
            asOf.deactivate(true);
        }
    }

    private void show(AsOfViewModel.Moment moment) {
        if (moment == shown) {
            return;
        }
        shown = moment;
        if (moment == null) {
            frame.set(null);
            closer.clear();
            driftingOut.clear();
            summary.set("");
            empty.set(null);
            return;
        }
        RingMoves moves = moment.moves();
        frame.set(new Frame(moment.day(), moment.today(),
                RingsLayout.of(moment.insight(), moment.people(), moves), moves != null));
        closer.setAll(movers(moves == null ? List.of() : moves.closer()));
        driftingOut.setAll(movers(moves == null ? List.of() : moves.driftingOut()));
        summary.set(summary(moment.insight()));
        empty.set(frame.get().layout().dots().isEmpty() ? "Nobody is in the rings yet: a person joins them with "
                + "a catch-up or a deeper talk, and moves in as you meet more often." : null);
        movesTitle.set(moves == null ? "Working out who moved…" : "Moves in the 90 days since "
                + dates.format(moves.since()));
        updateCard();
    }

    private static List<Mover> movers(List<RingMove> moves) {
        List<Mover> movers = new ArrayList<>(moves.size());
        for (RingMove move : moves) {
            movers.add(new Mover(move.id(), move.name(), ring(move.from()) + " → " + ring(move.to()), move.reason()));
        }
        return movers;
    }

    /** "5 · 10 · 35 · 100 in the rings, 710 outside". */
    private String summary(JournalInsight insight) {
        List<String> counts = new ArrayList<>();
        int outside = 0;
        for (Ring ring : Ring.values()) {
            counts.add(numbers.format(insight.inRing(ring).size()) + " in " + ring.size());
        }
        for (PersonInsight person : insight.people()) {
            outside += !person.person().archived() && person.placedRing() == null ? 1 : 0;
        }
        return String.join(" · ", counts) + " · " + numbers.format(outside) + " outside the rings";
    }

    static String ring(Ring ring) {
        return ring == null ? "outside" : Integer.toString(ring.size());
    }

    private void updateCard() {
        UUID id = focused.get();
        PersonInsight person = id == null || shown == null ? null : shown.insight().find(id).orElse(null);
        RingMove move = person == null || shown.moves() == null ? null : shown.moves().of(id);
        card.set(person == null ? null : card(person, move));
    }

    static PersonCard card(PersonInsight person, RingMove move) {
        Explanation why = person.explain();
        Ring ring = person.placedRing();
        String headline = (ring == null ? "Outside the rings" : "Ring " + ring.size() + " · " + ring.label())
                + (person.ring().pinned() != null ? " · pinned" : "") + " · Depth " + person.depth();
        List<InsightViewModel.Line> lines = new ArrayList<>();
        lines.add(InsightViewModel.line("Ring", why.ring(), ring == null ? "" : ring.code()));
        if (move != null) {
            lines.add(new InsightViewModel.Line("Moved", ring(move.from()) + " → " + ring(move.to()), "",
                    move.reason()));
        }
        lines.add(InsightViewModel.line("Kind", why.kind(), person.kind() == null ? "" : person.kind().code()));
        lines.add(InsightViewModel.line("Status", why.status(), person.status().code()));
        return new PersonCard(person.id(), person.person().name(), headline, lines);
    }

    /** Opens the person's page (the People screen with them selected). */
    public void open(UUID id) {
        if (id != null) {
            people.showPerson(id);
        }
    }

    public ReadOnlyObjectProperty<Frame> frameProperty() {
        return frame.getReadOnlyProperty();
    }

    /** Who moved into a smaller ring (or into the rings) in the 90 days up to the day, by name. */
    public ObservableList<Mover> closer() {
        return closerView;
    }

    /** Who moved into a larger ring or out of the rings, by name. */
    public ObservableList<Mover> driftingOut() {
        return driftingOutView;
    }

    /** The person pointed at, or null. */
    public ObjectProperty<UUID> focusedProperty() {
        return focused;
    }

    public ReadOnlyObjectProperty<PersonCard> cardProperty() {
        return card.getReadOnlyProperty();
    }

    /** How many are in each ring and outside. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Why the rings are empty, or null. */
    public ReadOnlyStringProperty emptyProperty() {
        return empty.getReadOnlyProperty();
    }

    /** "Moves in the 90 days since 24 August 2026", or that they are being worked out. */
    public ReadOnlyStringProperty movesTitleProperty() {
        return movesTitle.getReadOnlyProperty();
    }
}
