package app.kith.ui.rings;

import app.kith.domain.Ring;
import app.kith.insight.JournalInsight;
import app.kith.insight.PersonInsight;
import app.kith.insight.RingMove;
import app.kith.insight.RingMoves;
import app.kith.store.PersonSummary;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Where the Rings put everyone: "you" at the centre, the rings 5, 15, 50 and 150 around it, each person a dot on
 * their ring, grouped into sectors by their first tag (tags are a set, shown sorted: the first in that order), the
 * sectors in tag order with the untagged last, each as wide as
 * their people need. A person who drifted out of the rings in the last 90 days is drawn just outside ring 150;
 * someone who moved keeps their angle, so their ghost on the old ring lies straight in from or out from them.
 */
public final class RingsLayout {

    /** A sector of the circle: the people whose first tag it is. */
    public record Sector(String tag, double from, double to, int people) {
    }

    /** What the Rings draw of one day. */
    public record Layout(List<Sector> sectors, List<RingDot> dots) {
    }

    /** Said for people without a tag. */
    public static final String NO_TAG = "No tag";

    /** The gap left between two sectors, in radians. */
    static final double SECTOR_GAP = 0.05;

    /** Left free at the top (12 o'clock), where the rings' sizes are written. */
    static final double TOP_GAP = 0.22;

    /**
     * How near two dots of a ring may lie, along it, in units of the outermost radius: the inner rings' dots are
     * drawn larger. A ring too full for it shares its room out evenly.
     */
    static double closest(Ring ring) {
        if (ring == null) {
            return 0.03;
        }
        return switch (ring) {
            case FIVE, FIFTEEN -> 0.05;
            case FIFTY -> 0.04;
            case ONE_FIFTY -> 0.032;
        };
    }

    /** No sector narrower than this share of the circle: a tag of one person still shows. */
    static final double NARROWEST = 0.025;

    private static final Comparator<PersonInsight> BY_NAME = Comparator
            .comparing((PersonInsight person) -> person.person().name(), String.CASE_INSENSITIVE_ORDER)
            .thenComparing(PersonInsight::id);

    private RingsLayout() {
    }

    /** Where each ring lies, 0 to 1 of the outermost radius; null (outside) lies beyond ring 150. */
    public static double distance(Ring ring) {
        if (ring == null) {
            return 0.98;
        }
        return switch (ring) {
            case FIVE -> 0.24;
            case FIFTEEN -> 0.45;
            case FIFTY -> 0.66;
            case ONE_FIFTY -> 0.86;
        };
    }

    /**
     * The layout of the day.
     *
     * @param moves the moves of the 90 days up to the day, or null while they are not known
     */
    public static Layout of(JournalInsight insight, List<PersonSummary> people, RingMoves moves) {
        Map<UUID, String> firstTags = new HashMap<>();
        for (PersonSummary person : people) {
            firstTags.put(person.id(), person.tags().isEmpty() ? NO_TAG : person.tags().get(0));
        }
        Map<UUID, RingMove> moved = new HashMap<>();
        if (moves != null) {
            moves.all().forEach(move -> moved.put(move.id(), move));
        }
        Map<String, List<PersonInsight>> byTag = new TreeMap<>(RingsLayout::tagOrder);
        for (PersonInsight person : insight.people()) {
            if (!person.person().archived() && (person.placedRing() != null || moved.containsKey(person.id()))) {
                byTag.computeIfAbsent(firstTags.getOrDefault(person.id(), NO_TAG), tag -> new ArrayList<>()).add(person);
            }
        }
        List<Sector> sectors = sectors(byTag);
        List<RingDot> dots = new ArrayList<>();
        for (Sector sector : sectors) {
            place(sector, byTag.get(sector.tag()), moved, dots);
        }
        return new Layout(sectors, RingSpacing.apart(dots));
    }

    /** Tags without regard to case, the untagged last. */
    private static int tagOrder(String a, String b) {
        if (a.equals(b)) {
            return 0;
        }
        if (a.equals(NO_TAG) || b.equals(NO_TAG)) {
            return a.equals(NO_TAG) ? 1 : -1;
        }
        int c = String.CASE_INSENSITIVE_ORDER.compare(a, b);
        return c != 0 ? c : a.compareTo(b);
    }

    /** Each tag's share of the circle follows its number of people, with a floor so that a small tag still shows. */
    private static List<Sector> sectors(Map<String, List<PersonInsight>> byTag) {
        double total = 0;
        for (List<PersonInsight> members : byTag.values()) {
            total += members.size();
        }
        Map<String, Double> shares = new HashMap<>();
        double sum = 0;
        for (Map.Entry<String, List<PersonInsight>> tag : byTag.entrySet()) {
            double share = Math.max(NARROWEST, tag.getValue().size() / total);
            shares.put(tag.getKey(), share);
            sum += share;
        }
        List<Sector> sectors = new ArrayList<>();
        double at = TOP_GAP / 2;
        for (Map.Entry<String, List<PersonInsight>> tag : byTag.entrySet()) {
            double span = (2 * Math.PI - TOP_GAP) * shares.get(tag.getKey()) / sum;
            sectors.add(new Sector(tag.getKey(), at, at + span, tag.getValue().size()));
            at += span;
        }
        return sectors;
    }

    /** The sector's people, ring by ring, spread evenly over its width in name order. */
    private static void place(Sector sector, List<PersonInsight> members, Map<UUID, RingMove> moved,
                              List<RingDot> dots) {
        Map<Ring, List<PersonInsight>> byRing = new HashMap<>();
        List<PersonInsight> outside = new ArrayList<>();
        for (PersonInsight person : members) {
            if (person.placedRing() == null) {
                outside.add(person);
            } else {
                byRing.computeIfAbsent(person.placedRing(), ring -> new ArrayList<>()).add(person);
            }
        }
        double gap = sector.to() - sector.from() > 2 * SECTOR_GAP ? SECTOR_GAP : 0;
        double from = sector.from() + gap / 2;
        double width = sector.to() - sector.from() - gap;
        List<List<PersonInsight>> rows = new ArrayList<>();
        for (Ring ring : Ring.values()) {
            rows.add(byRing.getOrDefault(ring, List.of()));
        }
        rows.add(outside);
        for (List<PersonInsight> row : rows) {
            List<PersonInsight> sorted = new ArrayList<>(row);
            sorted.sort(BY_NAME);
            for (int i = 0; i < sorted.size(); i++) {
                PersonInsight person = sorted.get(i);
                RingMove move = moved.get(person.id());
                dots.add(new RingDot(person.id(), person.person().name(), person.placedRing(),
                        person.ring().pinned() != null, person.kind(), person.status(),
                        from + width * (i + 0.5) / sorted.size(), distance(person.placedRing()),
                        move == null ? null : move.from(), move == null ? -1 : distance(move.from())));
            }
        }
    }
}
