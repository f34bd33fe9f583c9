package app.kith.cli;

import app.kith.domain.ImportantDate;
import app.kith.domain.Person;
import app.kith.exchange.contacts.ContactRecord;
import app.kith.exchange.contacts.Rejection;
import app.kith.exchange.imports.FilePreview;
import app.kith.exchange.imports.ImportPreview;
import app.kith.store.ImportCandidate;
import app.kith.store.PeopleMerge;
import app.kith.store.PersonMatch;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/** {@code kith import}'s report of a preview: as JSON (the contract in the README), or in lines for a person. */
final class ImportReport {

    private static final ObjectMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private ImportReport() {
    }

    static String json(ImportPreview preview) {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode files = root.putArray("files");
        for (FilePreview file : preview.files()) {
            ObjectNode node = files.addObject();
            node.put("file", file.report().file().toString());
            node.put("format", file.report().format().code());
            ArrayNode people = node.putArray("people");
            if (file.report().archive() != null) {
                for (ContactRecord record : file.report().people()) {
                    ObjectNode person = person(people.addObject(), record.person());
                    boolean known = preview.journalPeople().contains(record.person().id());
                    if (known) {
                        person.putObject("match").put("personId", record.person().id().toString())
                                .put("name", record.person().name()).put("by", "id");
                    } else {
                        person.putNull("match");
                    }
                }
            }
            for (ImportCandidate candidate : file.candidates()) {
                ObjectNode person = person(people.addObject(), candidate.person());
                PersonMatch match = candidate.match();
                if (match == null) {
                    person.putNull("match");
                } else {
                    person.putObject("match").put("personId", match.personId().toString()).put("name", match.name())
                            .put("by", match.by().code());
                }
            }
            ArrayNode rejected = node.putArray("rejected");
            file.report().rejected().forEach(r -> rejected.addObject().put("line", r.line()).put("reason", r.reason()));
        }
        ArrayNode refused = root.putArray("refused");
        preview.refused().forEach(r -> refused.addObject().put("file", r.file().toString()).put("reason", r.reason()));
        return root.toPrettyString();
    }

    private static ObjectNode person(ObjectNode node, Person p) {
        node.put("name", p.name());
        node.put("nickname", p.nickname());
        p.emails().forEach(node.putArray("emails")::add);
        p.phones().forEach(node.putArray("phones")::add);
        node.put("organization", p.organization());
        node.put("title", p.title());
        node.put("birthday", p.birthday() == null ? null : p.birthday().toString());
        node.put("metOn", p.metOn() == null ? null : p.metOn().toString());
        node.put("notes", p.notes());
        p.tags().forEach(node.putArray("tags")::add);
        ArrayNode dates = node.putArray("dates");
        for (ImportantDate date : p.dates()) {
            dates.addObject().put("label", date.label()).put("date", date.date().toString());
        }
        node.put("photo", p.photo() != null);
        return node;
    }

    /**
     * The preview in lines: per file what it is, each person new or matched (with what a merge would
     * change), each rejected record with its line.
     *
     * @param journalPerson the journal's person by id, for the changes a merge would make
     */
    static void lines(ImportPreview preview, Function<UUID, Person> journalPerson, PrintWriter out) {
        for (FilePreview file : preview.files()) {
            out.println(file.report().file() + " (" + file.report().format().label() + "): "
                    + Words.count(file.report().people().size(), "person", "people") + ", "
                    + Words.count(file.report().rejected().size(), "record", "records") + " rejected");
            if (file.report().archive() != null) {
                file.report().people().forEach(r -> out.println("  + " + describe(r.person())));
            }
            for (ImportCandidate candidate : file.candidates()) {
                out.println(line(candidate, journalPerson, file.candidates()));
            }
            for (Rejection rejected : file.report().rejected()) {
                out.println("  ! line " + rejected.line() + ": " + rejected.reason());
            }
        }
    }

    private static String line(ImportCandidate candidate, Function<UUID, Person> journalPerson,
                               List<ImportCandidate> sameFile) {
        PersonMatch match = candidate.match();
        if (match == null) {
            return "  + " + describe(candidate.person());
        }
        String where = match.inJournal() ? "in the journal" : "earlier in this import";
        String text = "  = " + describe(candidate.person()) + " matches " + match.name() + " " + where + " ("
                + match.by().words() + "): " + candidate.choice().label().toLowerCase(java.util.Locale.ROOT);
        Person target = match.inJournal() ? journalPerson.apply(match.personId()) : sameFile.stream()
                .map(ImportCandidate::person).filter(p -> p.id().equals(match.personId())).findFirst().orElse(null);
        if (target != null && candidate.choice() == app.kith.store.MatchChoice.MERGE) {
            List<String> changes = PeopleMerge.changes(target, candidate.person());
            text += changes.isEmpty() ? " (nothing new)" : " (" + String.join("; ", changes) + ")";
        }
        return text;
    }

    private static String describe(Person p) {
        return p.name() + (p.emails().isEmpty() ? "" : " <" + p.emails().get(0) + ">");
    }
}
