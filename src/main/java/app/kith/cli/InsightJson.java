package app.kith.cli;

import app.kith.insight.InsightFields;
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
import java.util.List;
import java.util.function.Function;

/**
 * How a person's insight reads as JSON on the command line ({@code kith people --json},
 * {@code kith review --json}): one mapping, so that both commands name and round every figure alike.
 * Labels are written as their codes ("chat", "you-owe"), rings as 5, 15, 50, 150 or null, dates as
 * YYYY-MM-DD, and fractional figures rounded to {@value InsightFields#DECIMALS} decimals ({@link InsightFields}).
 */
public final class InsightJson {

    private final ObjectMapper mapper = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    /** A person as {@code kith people --json} lists them: the id, the name and {@link InsightFields#PERSON}. */
    public ObjectNode personObject(PersonInsight insight) {
        ObjectNode node = mapper.createObjectNode();
        node.put("id", insight.id().toString());
        node.put("name", insight.person().name());
        for (InsightFields.Field field : InsightFields.PERSON) {
            put(node, field.name(), field.value().apply(insight));
        }
        return node;
    }

    /** A person as {@code kith review --json} lists them, with the reason the review brings them up. */
    public ObjectNode reviewObject(PersonInsight insight) {
        ObjectNode node = mapper.createObjectNode();
        node.put("id", insight.id().toString());
        node.put("name", insight.person().name());
        node.put("priority", InsightFields.round(insight.priority()));
        node.put("overdueRatio", InsightFields.round(insight.overdueRatio()));
        node.put("cadenceDays", InsightFields.round(insight.cadenceDays()));
        put(node, "ring", insight.placedRing() == null ? null : insight.placedRing().size());
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

    /** One of {@link InsightFields}' values: a whole number, a rounded figure, a code or date, or null. */
    private static void put(ObjectNode node, String name, Object value) {
        if (value == null) {
            node.putNull(name);
        } else if (value instanceof Integer number) {
            node.put(name, number);
        } else if (value instanceof BigDecimal figure) {
            node.put(name, figure);
        } else {
            node.put(name, value.toString());
        }
    }
}
