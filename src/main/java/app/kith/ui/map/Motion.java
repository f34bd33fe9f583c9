package app.kith.ui.map;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The bubbles gliding from one day's places to the next while the replay plays: a bubble on both days moves, one
 * that appears fades in, one that leaves fades out.
 */
final class Motion {

    /** No motion: every bubble where its frame puts it. */
    static final Motion NONE = new Motion(Map.of(), List.of(), 1);

    private final Map<UUID, MapPoint> from;
    private final List<MapPoint> leaving;
    private final double progress;

    private Motion(Map<UUID, MapPoint> from, List<MapPoint> leaving, double progress) {
        this.from = from;
        this.leaving = leaving;
        this.progress = progress;
    }

    /** A motion from the bubbles as they were to the new ones, at its start. */
    static Motion between(List<MapPoint> before, List<MapPoint> after) {
        Map<UUID, MapPoint> from = new HashMap<>(before.size() * 2);
        before.forEach(point -> from.put(point.id(), point));
        Map<UUID, MapPoint> stay = new HashMap<>(after.size() * 2);
        after.forEach(point -> stay.put(point.id(), point));
        List<MapPoint> leaving = before.stream().filter(point -> !stay.containsKey(point.id())).toList();
        return new Motion(from, leaving, 0);
    }

    /** The same motion at a later moment, 0 (start) to 1 (done), eased in and out. */
    Motion at(double linear) {
        double t = Math.max(0, Math.min(1, linear));
        return new Motion(from, leaving, t * t * (3 - 2 * t));
    }

    boolean done() {
        return progress >= 1;
    }

    double x(MapPoint point) {
        MapPoint was = from.get(point.id());
        return was == null ? point.x() : was.x() + (point.x() - was.x()) * progress;
    }

    double y(MapPoint point) {
        MapPoint was = from.get(point.id());
        return was == null ? point.y() : was.y() + (point.y() - was.y()) * progress;
    }

    double radius(MapPoint point) {
        MapPoint was = from.get(point.id());
        return was == null ? point.radius() : was.radius() + (point.radius() - was.radius()) * progress;
    }

    /** 1 for a bubble on both days, rising from 0 for one that appears. */
    double presence(MapPoint point) {
        return from.isEmpty() || from.containsKey(point.id()) ? 1 : progress;
    }

    /** The bubbles of the day before that are not on the new one, fading out at {@code 1 − progress}. */
    List<MapPoint> leaving() {
        return progress >= 1 ? List.of() : leaving;
    }

    double fading() {
        return 1 - progress;
    }
}
