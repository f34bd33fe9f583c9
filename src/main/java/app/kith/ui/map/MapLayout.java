package app.kith.ui.map;

import app.kith.insight.JournalInsight;
import app.kith.insight.PersonInsight;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Where the Map puts everyone: Depth up, Investment across, in map units ({@link #SIZE} both ways, Depth 100 at the
 * top), each bubble's area following Warmth. Everyone kept (not archived) with at least one conversation as of the
 * day is on it. Bubbles that would sit on top of each other are spread apart ({@link BubbleSpreader}), the warmest
 * keeping their place, so that every person can be pointed at.
 */
public final class MapLayout {

    /** The map's extent in units, both ways. */
    public static final double SIZE = 1000;

    /** The band shaded as balanced: Investment within ±0.2, about one favour point's lean either way. */
    public static final double BALANCED = 0.2;

    /** The smallest bubble, in pixels: still a target for the pointer. */
    static final double MIN_RADIUS = 3;

    /** The largest: a very close friend, seen every few days (Warmth about 60 or more). */
    static final double MAX_RADIUS = 24;

    /** Radius grows with the root of Warmth, so that a bubble's area follows it. */
    static final double RADIUS_PER_ROOT_WARMTH = 2.7;

    /** Warmest first, then by name and id: the order in which bubbles take their place. */
    private static final Comparator<MapPoint> FIRST_PLACED = Comparator.comparingDouble(MapPoint::warmth).reversed()
            .thenComparing(MapPoint::name).thenComparing(MapPoint::id);

    private MapLayout() {
    }

    /** Everyone on the map as of the insight's day, spread apart, the warmest first (the order they are drawn in). */
    public static List<MapPoint> of(JournalInsight insight) {
        List<MapPoint> points = new ArrayList<>();
        for (PersonInsight person : insight.people()) {
            if (!person.person().archived() && person.evidence().interactions() > 0) {
                points.add(point(person));
            }
        }
        points.sort(FIRST_PLACED);
        return BubbleSpreader.spread(points);
    }

    static MapPoint point(PersonInsight person) {
        double investment = person.figures().investment();
        int depth = person.depth();
        double warmth = person.figures().warmth();
        return new MapPoint(person.id(), person.person().name(), depth, investment, warmth, radius(warmth),
                person.kind(), person.status(), x(investment), y(depth));
    }

    /** The bubble's radius in pixels for a Warmth. */
    static double radius(double warmth) {
        return Math.min(MAX_RADIUS, MIN_RADIUS + RADIUS_PER_ROOT_WARMTH * Math.sqrt(Math.max(0, warmth)));
    }

    /** Investment −1 … +1 as map units across. */
    public static double x(double investment) {
        return (Math.max(-1, Math.min(1, investment)) + 1) / 2 * SIZE;
    }

    /** Depth 0 … 100 as map units down (100 at the top). */
    public static double y(double depth) {
        return (100 - depth) / 100 * SIZE;
    }
}
