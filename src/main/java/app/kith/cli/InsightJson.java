package app.kith.cli;

import app.kith.domain.Coded;
import app.kith.domain.Ring;
import app.kith.insight.Figures;
import app.kith.insight.PersonInsight;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/**
 * How a person's insight reads as JSON on the command line ({@code kith people --json},
 * {@code kith review --json}): one mapping, so that both commands name and round every figure alike.
 * Labels are written as their codes ("chat", "you-owe"), rings as 5, 15, 50, 150 or null, dates as
 * YYYY-MM-DD, and fractional figures rounded to {@value #DECIMALS} decimals.
 */
public final class InsightJson {

    /**
     * Six decimals: far below any difference that matters, so that whoever checks a figure against
     * PRODUCT.md's formulas with their own arithmetic finds the same number.
     */
    static final int DECIMALS = 6;

    private final ObjectMapper mapper = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    /** A person as {@code kith people --json} lists them. */
    public ObjectNode personObject(PersonInsight insight) {
        Figures figures = insight.figures();
        ObjectNode node = mapper.createObjectNode();
        node.put("id", insight.id().toString());
        node.put("name", insight.person().name());
        node.put("depth", figures.depth());
        node.put("depthBefore", insight.depthBefore());
        node.put("time", round(figures.time()));
        node.put("intimacy", round(figures.intimacy()));
        node.put("services", round(figures.services()));
        node.put("warmth", round(figures.warmth()));
        node.put("substance", round(figures.substance()));
        node.put("chatShare", round(figures.chatShare()));
        node.put("favourBalance", round(figures.favourBalance()));
        node.put("initiative", round(figures.initiative()));
        node.put("investment", round(figures.investment()));
        node.put("kind", code(insight.kind()));
        node.put("balance", code(insight.balance()));
        node.put("initiativeLabel", code(insight.initiative()));
        node.put("status", code(insight.status()));
        node.put("meaningfulRecent", insight.evidence().meaningfulRecent());
        node.put("meaningfulBefore", insight.evidence().meaningfulBefore());
        putRing(node, insight.placedRing());
        node.put("cadenceDays", round(insight.cadenceDays()));
        node.put("overdueRatio", round(insight.overdueRatio()));
        node.put("lastInteraction", date(insight.lastInteraction()));
        return node;
    }

    /** A person as {@code kith review --json} lists them, with the reason the review brings them up. */
    public ObjectNode reviewObject(PersonInsight insight) {
        ObjectNode node = mapper.createObjectNode();
        node.put("id", insight.id().toString());
        node.put("name", insight.person().name());
        node.put("priority", round(insight.priority()));
        node.put("overdueRatio", round(insight.overdueRatio()));
        node.put("cadenceDays", round(insight.cadenceDays()));
        putRing(node, insight.placedRing());
        node.put("reason", insight.reason());
        return node;
    }

    /** An empty JSON object, for a command that puts more beside the insight ({@code kith today --json}). */
    public ObjectNode object() {
        return mapper.createObjectNode();
    }

    /** The insights as a JSON array, in their order. */
    public ArrayNode array(List<PersonInsight> insights, Function<PersonInsight, ObjectNode> asObject) {
        ArrayNode array = mapper.createArrayNode();
        insights.forEach(insight -> array.add(asObject.apply(insight)));
        return array;
    }

    /** Prints the JSON indented, with a line break at the end. */
    public void print(JsonNode json, PrintWriter out) {
        try {
            out.println(mapper.writeValueAsString(json));
        } catch (JsonProcessingException e) {
            throw new CommandFailure("Kith could not write the answer as JSON: " + e.getOriginalMessage(), e);
        }
        out.flush();
    }

    private static void putRing(ObjectNode node, Ring ring) {
        if (ring == null) {
            node.putNull("ring");
        } else {
            node.put("ring", ring.size());
        }
    }

    private static String code(Coded label) {
        return label == null ? null : label.code();
    }

    private static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static BigDecimal round(Double value) {
        return value == null ? null : round(value.doubleValue());
    }

    private static BigDecimal round(double value) {
        return BigDecimal.valueOf(value).setScale(DECIMALS, RoundingMode.HALF_UP).stripTrailingZeros();
    }
}
