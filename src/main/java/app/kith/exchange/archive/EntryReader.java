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
import app.kith.domain.Person;
import app.kith.domain.Review;
import app.kith.domain.ReviewAction;
import app.kith.domain.ReviewDecision;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Reads the entries of one list of an archive, one at a time, into domain records: an entry with a problem
 * adds it (with its path) to the problems and reads as null. The ids other entries may name come from the
 * archive's {@link ArchiveOutline} and from the journal.
 */
final class EntryReader {

    private final ArchiveOutline outline;
    private final Set<UUID> knownPeople;
    private final List<String> problems;
    private final ArchiveSection section;
    private final Set<UUID> seenRepeated = new HashSet<>();

    EntryReader(ArchiveOutline outline, Set<UUID> knownPeople, List<String> problems, ArchiveSection section) {
        this.outline = outline;
        this.knownPeople = knownPeople;
        this.problems = problems;
        this.section = section;
    }

    Person person(JsonFields item) {
        UUID id = id(item);
        return PersonFields.read(item, id).orElse(null);
    }

    Interaction interaction(JsonFields item) {
        UUID id = id(item);
        return build(item, () -> {
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
        });
    }

    Favour favour(JsonFields item) {
        UUID id = id(item);
        return build(item, () -> {
            String interactionRef = item.text("interaction");
            UUID interaction = null;
            if (interactionRef != null) {
                interaction = ArchiveIds.toUuid(ArchiveSection.INTERACTIONS.kind, interactionRef);
                if (!outline.hasInteraction(interaction)) {
                    item.problem("interaction", "\"" + interactionRef + "\" is not an interaction in the archive");
                    interaction = null;
                }
            }
            return new Favour(id, item.date("date", true), person(item, "person"),
                    item.code("direction", FavourDirection.class, true), item.code("size", FavourSize.class, true),
                    item.code("kind", FavourKind.class, true), item.text("description"),
                    item.code("status", FavourStatus.class, true), interaction);
        });
    }

    FollowUp followUp(JsonFields item) {
        UUID id = id(item);
        return build(item, () -> new FollowUp(id, person(item, "person"), item.date("due", true),
                item.requiredText("text"), item.bool("done")));
    }

    Review review(JsonFields item) {
        UUID id = id(item);
        return build(item, () -> new Review(id, item.date("date", true), decisions(item)));
    }

    /**
     * Reads the entry's id, refusing a missing or repeated one. The entry is still read under a stand-in id
     * (it is not kept, its problem being listed), so that its other fields are checked and no second,
     * false problem ("id is required") follows.
     */
    private UUID id(JsonFields item) {
        String id = item.requiredText("id");
        if (id == null) {
            return UUID.randomUUID();
        }
        UUID uuid = ArchiveIds.toUuid(section.kind, id);
        if (outline.repeated(section).contains(uuid) && !seenRepeated.add(uuid)) {
            item.problem("id", "\"" + id + "\" is used by two entries");
            return UUID.randomUUID();
        }
        return uuid;
    }

    private List<ReviewDecision> decisions(JsonFields review) {
        List<ReviewDecision> decisions = new ArrayList<>();
        for (JsonFields item : review.items("decisions")) {
            if (item.isObject()) {
                ReviewDecision decision = build(item, () -> new ReviewDecision(person(item, "person"),
                        item.code("action", ReviewAction.class, true), item.date("until", false),
                        item.integer("cadenceDays")));
                if (decision != null) {
                    decisions.add(decision);
                }
            }
        }
        return decisions;
    }

    private UUID person(JsonFields item, String field) {
        String ref = item.requiredText(field);
        return ref == null ? null : personRef(item, field, ref);
    }

    private UUID personRef(JsonFields item, String field, String ref) {
        UUID person = ArchiveIds.toUuid(ArchiveSection.PEOPLE.kind, ref);
        if (outline.hasPerson(person) || knownPeople.contains(person)) {
            return person;
        }
        item.problem(field, "\"" + ref + "\" is not a person in the archive or the journal");
        return null;
    }

    /**
     * Builds the record unless a field was found wrong; the record's own validation (a missing value, minutes
     * out of range…) becomes a problem at the entry's path. Null when the entry has a problem.
     */
    private <T> T build(JsonFields item, Supplier<T> record) {
        int before = problems.size();
        try {
            T value = record.get();
            return problems.size() == before ? value : null;
        } catch (InvalidValueException e) {
            if (problems.size() == before) {
                item.problem(e.field(), e.getMessage());
            }
        } catch (IllegalArgumentException e) {
            if (problems.size() == before) {
                item.problem(null, e.getMessage());
            }
        }
        return null;
    }
}
