package app.kith.exchange.archive;

import app.kith.domain.Favour;
import app.kith.domain.FollowUp;
import app.kith.domain.Interaction;
import app.kith.domain.Person;
import app.kith.domain.Review;
import app.kith.store.ImportEntries;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Consumer;

/**
 * The entries of an archive whose first pass ({@link ArchiveOutline}) went through, read from the file list by
 * list, one entry at a time: checked all together ({@link #check}), or handed to the journal as it writes them.
 * Each list is read from the file anew, so that nothing but the current entry is held.
 */
final class ArchiveEntries implements ImportEntries {

    private final ObjectMapper mapper;
    private final ArchiveFile file;
    private final ArchiveOutline outline;
    private final Set<UUID> knownPeople;

    ArchiveEntries(ObjectMapper mapper, ArchiveFile file, ArchiveOutline outline, Set<UUID> knownPeople) {
        this.mapper = mapper;
        this.file = file;
        this.outline = outline;
        this.knownPeople = knownPeople;
    }

    /**
     * Checks every entry, telling the progress how many are checked.
     *
     * @param keep whether to return the entries read, or an empty content (when they are to be streamed later)
     * @throws ArchiveException listing every problem of the archive
     * @throws ArchiveStopped when the progress asks to stop
     */
    ArchiveContent check(ArchiveProgress progress, boolean keep) {
        List<String> problems = new ArrayList<>();
        StepCount checked = new StepCount(progress, ArchiveProgress.Step.CHECKING, outline.total(),
                ArchiveStopped::importing);
        var people = new ArrayList<Person>();
        var interactions = new ArrayList<Interaction>();
        var favours = new ArrayList<Favour>();
        var followUps = new ArrayList<FollowUp>();
        var reviews = new ArrayList<Review>();
        read(ArchiveSection.PEOPLE, EntryReader::person, kept(keep, people), problems, checked::one);
        read(ArchiveSection.INTERACTIONS, EntryReader::interaction, kept(keep, interactions), problems, checked::one);
        read(ArchiveSection.FAVOURS, EntryReader::favour, kept(keep, favours), problems, checked::one);
        read(ArchiveSection.FOLLOW_UPS, EntryReader::followUp, kept(keep, followUps), problems, checked::one);
        read(ArchiveSection.REVIEWS, EntryReader::review, kept(keep, reviews), problems, checked::one);
        if (!problems.isEmpty()) {
            throw new ArchiveException(problems);
        }
        return new ArchiveContent(people, interactions, favours, followUps, reviews);
    }

    @Override
    public long size() {
        return outline.total();
    }

    @Override
    public void people(Consumer<Person> each) {
        handOn(ArchiveSection.PEOPLE, EntryReader::person, each);
    }

    @Override
    public void interactions(Consumer<Interaction> each) {
        handOn(ArchiveSection.INTERACTIONS, EntryReader::interaction, each);
    }

    @Override
    public void favours(Consumer<Favour> each) {
        handOn(ArchiveSection.FAVOURS, EntryReader::favour, each);
    }

    @Override
    public void followUps(Consumer<FollowUp> each) {
        handOn(ArchiveSection.FOLLOW_UPS, EntryReader::followUp, each);
    }

    @Override
    public void reviews(Consumer<Review> each) {
        handOn(ArchiveSection.REVIEWS, EntryReader::review, each);
    }

    private static <T> Consumer<T> kept(boolean keep, List<T> into) {
        return keep ? into::add : value -> { };
    }

    /**
     * Hands each entry of the list on. The archive was checked before, so a problem now means that the file
     * changed since: it is refused as a whole, and the journal's transaction, being left with it, saves nothing.
     */
    private <T> void handOn(ArchiveSection section, BiFunction<EntryReader, JsonFields, T> build, Consumer<T> each) {
        List<String> problems = new ArrayList<>();
        read(section, build, each, problems, () -> { });
        if (!problems.isEmpty()) {
            throw new ArchiveException(problems);
        }
    }

    /** Reads the list's entries, telling {@code reached} of each before it is read, and hands on those without problems. */
    private <T> void read(ArchiveSection section, BiFunction<EntryReader, JsonFields, T> build, Consumer<T> each,
                          List<String> problems, Runnable reached) {
        problems.addAll(outline.upFront(section));
        EntryReader reader = new EntryReader(outline, knownPeople, problems, section);
        objects(section, problems, item -> {
            reached.run();
            T value = build.apply(reader, item);
            if (value != null) {
                each.accept(value);
            }
        });
    }

    /** Each object of the list, in the file's order, with its path; the list's other problems are said up front. */
    private void objects(ArchiveSection section, List<String> problems, Consumer<JsonFields> each) {
        JsonParser parser = null;
        try (InputStream in = file.open()) {
            parser = mapper.createParser(in);
            parser.nextToken(); // the archive's object, as its first pass found
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                boolean wanted = section.field.equals(parser.currentName());
                if (parser.nextToken() == JsonToken.START_ARRAY && wanted) {
                    entries(parser, section, problems, each);
                    return;
                }
                parser.skipChildren();
            }
        } catch (JsonProcessingException e) {
            throw new ArchiveException(List.of(JsonProblems.describe(e, parser)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            close(parser);
        }
    }

    private void entries(JsonParser parser, ArchiveSection section, List<String> problems,
                         Consumer<JsonFields> each) throws IOException {
        int index = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            JsonNode entry = mapper.readTree(parser);
            if (entry != null && entry.isObject()) {
                each.accept(new JsonFields(entry, section.field + "[" + index + "]", problems));
            }
            index++;
        }
    }

    private static void close(JsonParser parser) {
        if (parser != null) {
            try {
                parser.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
