package app.kith.exchange.archive;

import app.kith.domain.Channel;
import app.kith.domain.Depth;
import app.kith.domain.Favour;
import app.kith.domain.FavourDirection;
import app.kith.domain.FavourKind;
import app.kith.domain.FavourSize;
import app.kith.domain.FavourStatus;
import app.kith.domain.FollowUp;
import app.kith.domain.Initiator;
import app.kith.domain.Interaction;
import app.kith.domain.InvalidValueException;
import app.kith.domain.Review;
import app.kith.domain.ReviewAction;
import app.kith.domain.ReviewDecision;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Reads a Kith archive (PRODUCT.md, "The Kith archive") into domain records, or refuses it with
 * every problem found, each with its path. Nothing is written anywhere: importing is the store's job.
 */
public final class ArchiveReader {

    public static final String FORMAT = "kith-archive";
    public static final int VERSION = 1;

    private final ObjectMapper mapper = new ObjectMapper(JsonProblems.factory());

    /**
     * @param knownPeople people already in the journal, which the archive's entries may name
     * @throws ArchiveException listing every problem when the archive cannot be imported as a whole
     * @throws IOException when the file cannot be read
     */
    public ArchiveContent read(InputStream in, Set<UUID> knownPeople) throws IOException {
        return read(in, knownPeople, ArchiveProgress.NONE);
    }

    /**
     * {@link #read(InputStream, Set)}, telling the progress how many entries are checked.
     *
     * @throws ArchiveStopped when the progress asks to stop
     */
    public ArchiveContent read(InputStream in, Set<UUID> knownPeople, ArchiveProgress progress) throws IOException {
        JsonNode root = tree(in);
        if (root == null || !root.isObject()) {
            throw new ArchiveException(List.of("the file is not a Kith archive (expected a JSON object)"));
        }
        checkHeader(root);
        List<String> problems = new ArrayList<>();
        Reading reading = new Reading(new JsonFields(root, "", problems), problems, knownPeople,
                new Checked(progress, root));
        ArchiveContent content = reading.all();
        if (!problems.isEmpty()) {
            throw new ArchiveException(problems);
        }
        return content;
    }

    /** The whole JSON document; JSON that cannot be read is refused in Kith's words, with where. */
    private JsonNode tree(InputStream in) throws IOException {
        JsonParser parser = null;
        try {
            parser = mapper.createParser(in);
            return mapper.readTree(parser);
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

    private static void checkHeader(JsonNode root) {
        JsonNode format = root.get("format");
        if (format == null || !FORMAT.equals(format.asText(null))) {
            throw new ArchiveException(List.of("the file is not a Kith archive: \"format\" must be \"" + FORMAT + "\""));
        }
        JsonNode version = root.get("version");
        if (version != null && version.isTextual()) {
            throw new ArchiveException(List.of("\"version\" must be a number, such as " + VERSION + ", not the text "
                    + version));
        }
        if (version == null || !version.isIntegralNumber() || !version.canConvertToInt()
                || version.intValue() != VERSION) {
            throw new ArchiveException(List.of("this archive's version " + (version == null ? "(none)" : version.toString())
                    + " is not one this Kith can read (it reads version " + VERSION + "); a newer Kith may read it"));
        }
    }

    /** One pass over one archive: the id maps and the problems found so far. */
    private static final class Reading {
        private final JsonFields root;
        private final List<String> problems;
        private final Set<UUID> knownPeople;
        private final Map<String, UUID> people = new HashMap<>();
        private final Map<String, UUID> interactions = new HashMap<>();
        private final Map<String, UUID> favours = new HashMap<>();
        private final Map<String, UUID> followUps = new HashMap<>();
        private final Map<String, UUID> reviews = new HashMap<>();
        private final Checked checked;

        Reading(JsonFields root, List<String> problems, Set<UUID> knownPeople, Checked checked) {
            this.root = root;
            this.problems = problems;
            this.knownPeople = knownPeople;
            this.checked = checked;
        }

        ArchiveContent all() {
            var peopleRead = new ArrayList<app.kith.domain.Person>();
            for (JsonFields item : section("people")) {
                UUID id = id(item, "person", people);
                PersonFields.read(item, id).ifPresent(peopleRead::add);
            }
            var interactionsRead = new ArrayList<Interaction>();
            for (JsonFields item : section("interactions")) {
                UUID id = id(item, "interaction", interactions);
                add(interactionsRead, item, () -> interaction(item, id));
            }
            var favoursRead = new ArrayList<Favour>();
            for (JsonFields item : section("favours")) {
                UUID id = id(item, "favour", favours);
                add(favoursRead, item, () -> favour(item, id));
            }
            var followUpsRead = new ArrayList<FollowUp>();
            for (JsonFields item : section("followUps")) {
                UUID id = id(item, "follow-up", followUps);
                add(followUpsRead, item, () -> new FollowUp(id, person(item, "person"), item.date("due", true),
                        item.requiredText("text"), item.bool("done")));
            }
            var reviewsRead = new ArrayList<Review>();
            for (JsonFields item : section("reviews")) {
                UUID id = id(item, "review", reviews);
                add(reviewsRead, item, () -> new Review(id, item.date("date", true), decisions(item)));
            }
            return new ArchiveContent(peopleRead, interactionsRead, favoursRead, followUpsRead, reviewsRead);
        }

        /** The section's entries, each counted as checked when the loop reaches it. */
        private Iterable<JsonFields> section(String name) {
            List<JsonFields> items = root.items(name).stream().filter(JsonFields::isObject).toList();
            return () -> items.stream().peek(item -> checked.one()).iterator();
        }

        /**
         * Reads the entry's id, refusing a missing or repeated one. The entry is still read under a stand-in id
         * (it is not kept, its problem being listed), so that its other fields are checked and no second,
         * false problem ("id is required") follows.
         */
        private UUID id(JsonFields item, String kind, Map<String, UUID> seen) {
            String id = item.requiredText("id");
            if (id == null) {
                return UUID.randomUUID();
            }
            if (seen.containsKey(id)) {
                item.problem("id", "\"" + id + "\" is used by two entries");
                return UUID.randomUUID();
            }
            UUID uuid = ArchiveIds.toUuid(kind, id);
            seen.put(id, uuid);
            return uuid;
        }

        private Interaction interaction(JsonFields item, UUID id) {
            List<UUID> with = new ArrayList<>();
            List<String> names = item.texts("people");
            for (int i = 0; i < names.size(); i++) {
                UUID person = personRef(item, "people[" + i + "]", names.get(i));
                if (person != null) {
                    with.add(person);
                }
            }
            if (names.isEmpty()) {
                item.problem("people", "a conversation needs at least one person");
            }
            return new Interaction(id, item.date("date", true), item.time("time"),
                    item.code("channel", Channel.class, true), item.code("depth", Depth.class, true),
                    item.code("initiatedBy", Initiator.class, false), item.integer("minutes"), with,
                    item.text("notes"));
        }

        private Favour favour(JsonFields item, UUID id) {
            String interactionRef = item.text("interaction");
            UUID interaction = null;
            if (interactionRef != null) {
                interaction = interactions.get(interactionRef);
                if (interaction == null) {
                    item.problem("interaction", "\"" + interactionRef + "\" is not an interaction in the archive");
                }
            }
            return new Favour(id, item.date("date", true), person(item, "person"),
                    item.code("direction", FavourDirection.class, true), item.code("size", FavourSize.class, true),
                    item.code("kind", FavourKind.class, true), item.text("description"),
                    item.code("status", FavourStatus.class, true), interaction);
        }

        private List<ReviewDecision> decisions(JsonFields review) {
            List<ReviewDecision> decisions = new ArrayList<>();
            for (JsonFields item : review.items("decisions")) {
                if (item.isObject()) {
                    add(decisions, item, () -> new ReviewDecision(person(item, "person"),
                            item.code("action", ReviewAction.class, true), item.date("until", false),
                            item.integer("cadenceDays")));
                }
            }
            return decisions;
        }

        private UUID person(JsonFields item, String field) {
            String ref = item.requiredText(field);
            return ref == null ? null : personRef(item, field, ref);
        }

        private UUID personRef(JsonFields item, String field, String ref) {
            UUID person = people.get(ref);
            if (person == null) {
                UUID asUuid = ArchiveIds.toUuid("person", ref);
                if (knownPeople.contains(asUuid)) {
                    return asUuid;
                }
                item.problem(field, "\"" + ref + "\" is not a person in the archive or the journal");
            }
            return person;
        }

        /**
         * Builds the record unless a field was already found wrong; the record's own validation
         * (a missing value, minutes out of range…) becomes a problem at the entry's path.
         */
        private <T> void add(List<T> into, JsonFields item, Supplier<T> build) {
            int before = problems.size();
            try {
                T value = build.get();
                if (problems.size() == before) {
                    into.add(value);
                }
            } catch (InvalidValueException e) {
                if (problems.size() == before) {
                    item.problem(e.field(), e.getMessage());
                }
            } catch (IllegalArgumentException e) {
                if (problems.size() == before) {
                    item.problem(null, e.getMessage());
                }
            }
        }
    }

    /** Counts the entries checked, tells the progress every {@value #REPORT_EVERY}, and stops when asked. */
    private static final class Checked {
        private static final int REPORT_EVERY = 500;
        private static final List<String> SECTIONS = List.of("people", "interactions", "favours", "followUps", "reviews");

        private final ArchiveProgress progress;
        private final long total;
        private long done;

        Checked(ArchiveProgress progress, JsonNode root) {
            this.progress = progress;
            this.total = SECTIONS.stream().mapToLong(name -> root.path(name).size()).sum();
            progress.update(ArchiveProgress.Step.CHECKING, 0, total);
        }

        void one() {
            done++;
            if (done % REPORT_EVERY == 0 || done == total) {
                if (progress.stopRequested()) {
                    throw ArchiveStopped.importing();
                }
                progress.update(ArchiveProgress.Step.CHECKING, done, total);
            }
        }
    }
}
