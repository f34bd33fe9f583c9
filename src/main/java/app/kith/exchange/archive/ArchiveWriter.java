package app.kith.exchange.archive;

import app.kith.domain.Coded;
import app.kith.domain.Favour;
import app.kith.domain.FollowUp;
import app.kith.domain.ImportantDate;
import app.kith.domain.Interaction;
import app.kith.domain.Person;
import app.kith.domain.Review;
import app.kith.domain.ReviewAction;
import app.kith.domain.ReviewDecision;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/** Writes a Kith archive: one UTF-8 JSON object, streamed, that {@link ArchiveReader} reads back without loss. */
public final class ArchiveWriter {

    private final JsonFactory factory = new JsonFactory();

    /** Writes content held in memory. */
    public void write(ArchiveContent content, Instant exportedAt, OutputStream out) throws IOException {
        write(ArchiveSource.of(content), exportedAt, out);
    }

    /**
     * Writes the source's entries as they come, holding none of them: a journal of any size is written
     * in the memory of one entry. The output stream is closed at the end.
     *
     * @return how many entries of each kind were written
     */
    public ArchiveCounts write(ArchiveSource source, Instant exportedAt, OutputStream out) throws IOException {
        return write(source, exportedAt, out, () -> { });
    }

    /**
     * {@link #write(ArchiveSource, Instant, OutputStream)}, running {@code written} after each entry (to
     * count them, or to stop the write by throwing).
     */
    public ArchiveCounts write(ArchiveSource source, Instant exportedAt, OutputStream out, Runnable written)
            throws IOException {
        try (JsonGenerator json = factory.createGenerator(out, JsonEncoding.UTF8)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("format", ArchiveReader.FORMAT);
            json.writeNumberField("version", ArchiveReader.VERSION);
            json.writeStringField("exportedAt", exportedAt.truncatedTo(ChronoUnit.SECONDS).toString());
            ArchiveCounts counts = new ArchiveCounts(
                    section(json, "people", source::people, ArchiveWriter::writePerson, written),
                    section(json, "interactions", source::interactions, ArchiveWriter::writeInteraction,
                            written),
                    section(json, "favours", source::favours, ArchiveWriter::writeFavour, written),
                    section(json, "followUps", source::followUps, ArchiveWriter::writeFollowUp, written),
                    section(json, "reviews", source::reviews, ArchiveWriter::writeReview, written));
            json.writeEndObject();
            return counts;
        }
    }

    /** Writes one kind of entry as a JSON array and counts them. */
    private static <T> int section(JsonGenerator json, String name, Consumer<Consumer<T>> entries,
                                   EntryWriter<T> writer, Runnable written) throws IOException {
        json.writeArrayFieldStart(name);
        int[] count = {0};
        try {
            entries.accept(entry -> {
                try {
                    writer.write(json, entry);
                    count[0]++;
                    written.run();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        json.writeEndArray();
        return count[0];
    }

    /** Writes one entry as a JSON object. */
    @FunctionalInterface
    private interface EntryWriter<T> {
        void write(JsonGenerator json, T entry) throws IOException;
    }

    private static void writeFollowUp(JsonGenerator json, FollowUp followUp) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", followUp.id().toString());
        json.writeStringField("person", followUp.person().toString());
        json.writeStringField("due", followUp.due().toString());
        json.writeStringField("text", followUp.text());
        json.writeBooleanField("done", followUp.done());
        json.writeEndObject();
    }

    private static void writePerson(JsonGenerator json, Person p) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", p.id().toString());
        json.writeStringField("name", p.name());
        json.writeStringField("nickname", p.nickname());
        strings(json, "emails", p.emails());
        strings(json, "phones", p.phones());
        json.writeStringField("organization", p.organization());
        json.writeStringField("title", p.title());
        json.writeStringField("birthday", p.birthday() == null ? null : p.birthday().toString());
        json.writeStringField("howWeMet", p.howWeMet());
        json.writeStringField("metOn", p.metOn() == null ? null : p.metOn().toString());
        json.writeStringField("notes", p.notes());
        json.writeStringField("mattersToThem", p.mattersToThem());
        strings(json, "tags", p.tags());
        json.writeBooleanField("kin", p.kin());
        if (p.ring() == null) {
            json.writeNullField("ring");
        } else {
            json.writeNumberField("ring", p.ring().size());
        }
        writeNullableNumber(json, "cadenceDays", p.cadenceDays());
        json.writeArrayFieldStart("dates");
        for (ImportantDate date : p.dates()) {
            json.writeStartObject();
            json.writeStringField("label", date.label());
            json.writeStringField("date", date.date().toString());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeStringField("photo", p.photo() == null ? null : PersonFields.dataUri(p.photo()));
        json.writeBooleanField("archived", p.archived());
        json.writeEndObject();
    }

    private static void writeInteraction(JsonGenerator json, Interaction i) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", i.id().toString());
        json.writeStringField("date", i.date().toString());
        json.writeStringField("time", i.time() == null ? null : i.time().toString());
        json.writeStringField("channel", i.channel().code());
        json.writeStringField("depth", i.depth().code());
        json.writeStringField("initiatedBy", code(i.initiatedBy()));
        if (i.minutes() == null) {
            json.writeNullField("minutes");
        } else {
            json.writeNumberField("minutes", i.minutes());
        }
        json.writeArrayFieldStart("people");
        for (UUID person : i.people()) {
            json.writeString(person.toString());
        }
        json.writeEndArray();
        json.writeStringField("notes", i.notes());
        json.writeEndObject();
    }

    private static void writeFavour(JsonGenerator json, Favour f) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", f.id().toString());
        json.writeStringField("date", f.date().toString());
        json.writeStringField("person", f.person().toString());
        json.writeStringField("direction", f.direction().code());
        json.writeStringField("size", f.size().code());
        json.writeStringField("kind", f.kind().code());
        json.writeStringField("status", f.status().code());
        json.writeStringField("description", f.description());
        json.writeStringField("interaction", f.interaction() == null ? null : f.interaction().toString());
        json.writeEndObject();
    }

    private static void writeReview(JsonGenerator json, Review review) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", review.id().toString());
        json.writeStringField("date", review.date().toString());
        json.writeArrayFieldStart("decisions");
        for (ReviewDecision decision : review.decisions()) {
            json.writeStartObject();
            json.writeStringField("person", decision.person().toString());
            json.writeStringField("action", decision.action().code());
            if (decision.until() != null) {
                json.writeStringField("until", decision.until().toString());
            }
            if (decision.action() == ReviewAction.CADENCE) {
                // null: the person's own cadence was cleared.
                writeNullableNumber(json, "cadenceDays", decision.cadenceDays());
            }
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void writeNullableNumber(JsonGenerator json, String name, Integer value) throws IOException {
        if (value == null) {
            json.writeNullField(name);
        } else {
            json.writeNumberField(name, value);
        }
    }

    private static void strings(JsonGenerator json, String name, List<String> values) throws IOException {
        json.writeArrayFieldStart(name);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }

    private static String code(Coded value) {
        return value == null ? null : value.code();
    }
}
