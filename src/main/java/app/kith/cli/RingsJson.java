package app.kith.cli;

import app.kith.domain.Ring;
import app.kith.insight.JournalInsight;
import app.kith.insight.PersonInsight;
import app.kith.insight.RingMove;
import app.kith.insight.RingMoves;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * {@code kith rings --json}: {@code {"asOf", "since", "rings": {"5": [{"id", "name", "pinned"}], "15": …,
 * "50": …, "150": …}, "outside": count, "movedCloser": [{"id", "name", "from", "to", "reason"}],
 * "driftingOut": […]}}, rings as 5, 15, 50, 150 or null for outside, every list in name order. The archived
 * take no part in the rings and are not counted outside them.
 */
final class RingsJson {

    private static final Comparator<PersonInsight> BY_NAME = Comparator
            .comparing((PersonInsight person) -> person.person().name(), String.CASE_INSENSITIVE_ORDER)
            .thenComparing(person -> person.person().name())
            .thenComparing(PersonInsight::id);

    private final ObjectMapper mapper = new ObjectMapper();

    ObjectNode rings(JournalInsight now, RingMoves moves) {
        ObjectNode root = mapper.createObjectNode();
        root.put("asOf", now.asOf().toString());
        root.put("since", moves.since().toString());
        ObjectNode rings = root.putObject("rings");
        for (Ring ring : Ring.values()) {
            ArrayNode members = rings.putArray(ring.code());
            for (PersonInsight person : byName(now.inRing(ring))) {
                ObjectNode member = members.addObject();
                member.put("id", person.id().toString());
                member.put("name", person.person().name());
                member.put("pinned", person.ring().pinned() != null);
            }
        }
        root.put("outside", outside(now));
        moves(root.putArray("movedCloser"), moves.closer());
        moves(root.putArray("driftingOut"), moves.driftingOut());
        return root;
    }

    private static void moves(ArrayNode array, List<RingMove> moves) {
        for (RingMove move : moves) {
            ObjectNode node = array.addObject();
            node.put("id", move.id().toString());
            node.put("name", move.name());
            putRing(node, "from", move.from());
            putRing(node, "to", move.to());
            node.put("reason", move.reason());
        }
    }

    private static void putRing(ObjectNode node, String field, Ring ring) {
        if (ring == null) {
            node.putNull(field);
        } else {
            node.put(field, ring.size());
        }
    }

    /** The people kept (not archived) whom no ring holds. */
    static long outside(JournalInsight insight) {
        return insight.people().stream().filter(person -> !person.person().archived() && person.placedRing() == null)
                .count();
    }

    static List<PersonInsight> byName(List<PersonInsight> people) {
        List<PersonInsight> sorted = new ArrayList<>(people);
        sorted.sort(BY_NAME);
        return sorted;
    }

    /** Prints as the other commands print their JSON. */
    void print(JsonNode json, PrintWriter out) {
        new InsightJson().print(json, out);
    }
}
