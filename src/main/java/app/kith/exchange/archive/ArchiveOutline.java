package app.kith.exchange.archive;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What the first pass over an archive learns, holding one entry at a time: that it is JSON within Kith's
 * limits and a Kith archive of a version this Kith reads, how many entries each list has, the ids of its
 * people and conversations (which other entries may name wherever they are in the file), which ids are
 * repeated, and the problems that belong at the head of a list (it is not a list; an entry is not an object).
 */
final class ArchiveOutline {

    private final Map<ArchiveSection, Integer> counts = new EnumMap<>(ArchiveSection.class);
    private final Map<ArchiveSection, Set<UUID>> repeated = new EnumMap<>(ArchiveSection.class);
    private final Map<ArchiveSection, List<String>> upFront = new EnumMap<>(ArchiveSection.class);
    private final Set<UUID> people = new HashSet<>();
    private final Set<UUID> interactions = new HashSet<>();
    private JsonNode format;
    private JsonNode version;

    private ArchiveOutline() {
    }

    /**
     * @throws ArchiveException when the file is not JSON within Kith's limits, or not an archive this Kith reads
     */
    static ArchiveOutline of(InputStream in, ObjectMapper mapper) throws IOException {
        JsonParser parser = null;
        try {
            parser = mapper.createParser(in);
            ArchiveOutline outline = new ArchiveOutline();
            outline.read(parser, mapper);
            outline.checkHeader();
            return outline;
        } catch (JsonProcessingException e) {
            throw new ArchiveException(List.of(JsonProblems.describe(e, parser)));
        } catch (CharConversionException e) {
            throw new ArchiveException(List.of(JsonProblems.describe(e)));
        } finally {
            if (parser != null) {
                parser.close();
            }
        }
    }

    long total() {
        return counts.values().stream().mapToLong(Integer::longValue).sum();
    }

    /** Whether the archive has a person with this id (as {@link ArchiveIds} makes it). */
    boolean hasPerson(UUID id) {
        return people.contains(id);
    }

    boolean hasInteraction(UUID id) {
        return interactions.contains(id);
    }

    /** Ids that more than one entry of the list has. */
    Set<UUID> repeated(ArchiveSection section) {
        return repeated.getOrDefault(section, Set.of());
    }

    /** The problems said before those of the list's entries. */
    List<String> upFront(ArchiveSection section) {
        return upFront.getOrDefault(section, List.of());
    }

    private void read(JsonParser parser, ObjectMapper mapper) throws IOException {
        JsonToken first = parser.nextToken();
        if (first != JsonToken.START_OBJECT) {
            if (first != null) {
                consume(parser); // JSON that is broken further on is said as such first
            }
            throw new ArchiveException(List.of("the file is not a Kith archive (expected a JSON object)"));
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            var section = ArchiveSection.named(name);
            if (section.isPresent()) {
                section(section.get(), parser, mapper);
            } else if (name.equals("format")) {
                format = node(parser, mapper);
            } else if (name.equals("version")) {
                version = node(parser, mapper);
            } else {
                consume(parser);
            }
        }
    }

    private void section(ArchiveSection section, JsonParser parser, ObjectMapper mapper) throws IOException {
        List<String> problems = upFront.computeIfAbsent(section, s -> new ArrayList<>());
        if (counts.containsKey(section)) {
            problems.add(section.field + ": the archive has this list twice; it may have it once");
        }
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            ObjectNode holder = JsonNodeFactory.instance.objectNode();
            holder.set(section.field, node(parser, mapper));
            new JsonFields(holder, "", problems).items(section.field);
            counts.putIfAbsent(section, 0);
            return;
        }
        Set<UUID> ids = section == ArchiveSection.PEOPLE ? people
                : section == ArchiveSection.INTERACTIONS ? interactions : new HashSet<>();
        Set<UUID> twice = repeated.computeIfAbsent(section, s -> new HashSet<>());
        int index = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            JsonNode entry = node(parser, mapper);
            if (new JsonFields(entry, section.field + "[" + index + "]", problems).isObject()) {
                JsonNode id = entry.get("id");
                if (id != null && id.isTextual() && !ids.add(ArchiveIds.toUuid(section.kind, id.textValue()))) {
                    twice.add(ArchiveIds.toUuid(section.kind, id.textValue()));
                }
            }
            index++;
        }
        counts.merge(section, index, Integer::sum);
    }

    private void checkHeader() {
        if (format == null || !ArchiveReader.FORMAT.equals(format.asText(null))) {
            throw new ArchiveException(List.of("the file is not a Kith archive: \"format\" must be \""
                    + ArchiveReader.FORMAT + "\""));
        }
        int expected = ArchiveReader.VERSION;
        if (version != null && version.isTextual()) {
            throw new ArchiveException(List.of("\"version\" must be a number, such as " + expected
                    + ", not the text " + version));
        }
        if (version == null || !version.isIntegralNumber() || !version.canConvertToInt()
                || version.intValue() != expected) {
            throw new ArchiveException(List.of("this archive's version " + (version == null ? "(none)"
                    : version.toString()) + " is not one this Kith can read (it reads version " + expected
                    + "); a newer Kith may read it"));
        }
    }

    /** The value at the parser, as a tree (a JSON null as a null node, as in a whole document's tree). */
    private static JsonNode node(JsonParser parser, ObjectMapper mapper) throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_NULL) {
            return NullNode.getInstance();
        }
        return mapper.readTree(parser);
    }

    /**
     * Reads past the value at the parser without keeping it, taking each text and number so that Kith's limits
     * on them hold here as everywhere else in the file.
     */
    private static void consume(JsonParser parser) throws IOException {
        int depth = 0;
        do {
            JsonToken token = parser.currentToken();
            if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                depth++;
            } else if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                depth--;
            } else if (token.isScalarValue()) {
                parser.getText();
            }
        } while (depth > 0 && parser.nextToken() != null);
    }
}
