package app.kith.ui.rings;

import app.kith.domain.Ring;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps the dots of each ring apart: where a narrow sector puts several people close together, they are pushed
 * apart along their ring, as little as needed and each cluster around the middle of its wished places, so that
 * every dot can be seen and pointed at. Deterministic: the same wishes give the same places.
 */
final class RingSpacing {

    private RingSpacing() {
    }

    /** The dots, those of each ring at least {@link RingsLayout#closest} apart along it, in the same order. */
    static List<RingDot> apart(List<RingDot> dots) {
        Map<Ring, List<Integer>> byRing = new HashMap<>();
        for (int i = 0; i < dots.size(); i++) {
            byRing.computeIfAbsent(dots.get(i).ring(), ring -> new ArrayList<>()).add(i);
        }
        double[] angles = new double[dots.size()];
        for (int i = 0; i < dots.size(); i++) {
            angles[i] = dots.get(i).angle();
        }
        double open = 2 * Math.PI - RingsLayout.TOP_GAP;
        byRing.forEach((ring, members) -> spread(members, angles, Math.min(open / members.size(),
                RingsLayout.closest(ring) / RingsLayout.distance(ring))));
        List<RingDot> placed = new ArrayList<>(dots.size());
        for (int i = 0; i < dots.size(); i++) {
            RingDot dot = dots.get(i);
            placed.add(angles[i] == dot.angle() ? dot : new RingDot(dot.id(), dot.name(), dot.ring(), dot.pinned(),
                    dot.kind(), dot.status(), angles[i], dot.distance(), dot.was(), dot.wasDistance()));
        }
        return placed;
    }

    /**
     * Merges the dots whose wished angles lie closer than the gap into clusters, each laid out evenly around the
     * mean of its wishes, until no two clusters overlap; then keeps them within the circle's open part.
     */
    private static void spread(List<Integer> members, double[] angles, double gap) {
        List<Integer> order = new ArrayList<>(members);
        order.sort(Comparator.comparingDouble((Integer i) -> angles[i]).thenComparingInt(i -> i));
        List<double[]> clusters = new ArrayList<>();
        for (int i : order) {
            // A cluster: {the sum of its wished angles, how many dots}.
            clusters.add(new double[] {angles[i], 1});
            while (clusters.size() > 1 && overlap(clusters.get(clusters.size() - 2), clusters.get(clusters.size() - 1),
                    gap)) {
                double[] last = clusters.remove(clusters.size() - 1);
                double[] before = clusters.get(clusters.size() - 1);
                before[0] += last[0];
                before[1] += last[1];
            }
        }
        double low = RingsLayout.TOP_GAP / 2;
        double high = 2 * Math.PI - RingsLayout.TOP_GAP / 2;
        int at = 0;
        for (double[] cluster : clusters) {
            double width = (cluster[1] - 1) * gap;
            double start = Math.max(low, Math.min(high - width, cluster[0] / cluster[1] - width / 2));
            for (int k = 0; k < cluster[1]; k++) {
                angles[order.get(at++)] = start + k * gap;
            }
        }
    }

    private static boolean overlap(double[] left, double[] right, double gap) {
        double leftEnd = left[0] / left[1] + (left[1] - 1) * gap / 2;
        double rightStart = right[0] / right[1] - (right[1] - 1) * gap / 2;
        return rightStart - leftEnd < gap;
    }
}
