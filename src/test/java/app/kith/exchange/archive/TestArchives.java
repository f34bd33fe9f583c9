package app.kith.exchange.archive;

import app.kith.domain.Channel;
import app.kith.domain.Depth;
import app.kith.domain.Initiator;
import app.kith.domain.Interaction;
import app.kith.domain.Person;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Archives made for tests: large enough that progress is reported along the way. */
public final class TestArchives {

    private TestArchives() {
    }

    /** An archive of two people and the given number of conversations with them, a day apart. */
    public static Path conversations(Path file, int count) throws IOException {
        Person maya = Person.named("Maya Cole");
        Person ben = Person.named("Ben Okafor");
        List<Interaction> interactions = new ArrayList<>();
        LocalDate day = LocalDate.of(2026, 11, 1);
        for (int i = 0; i < count; i++) {
            interactions.add(new Interaction(UUID.randomUUID(), day.minusDays(i), null, Channel.values()[i % 3],
                    Depth.values()[i % 4], Initiator.values()[i % 3], 10 + i % 50,
                    i % 2 == 0 ? List.of(maya.id()) : List.of(maya.id(), ben.id()), null));
        }
        ArchiveContent content = new ArchiveContent(List.of(maya, ben), interactions, List.of(), List.of(), List.of());
        try (OutputStream out = Files.newOutputStream(file)) {
            new ArchiveWriter().write(content, Instant.parse("2026-11-22T10:00:00Z"), out);
        }
        return file;
    }

    /** An archive with two problems: an unknown channel and a conversation naming nobody known. */
    public static Path malformed(Path file) throws IOException {
        Files.writeString(file, """
                { "format": "kith-archive", "version": 1, "exportedAt": "2026-11-22T10:00:00Z",
                  "people": [ { "id": "p1", "name": "Maya Cole" } ],
                  "interactions": [
                    { "id": "i1", "date": "2026-11-01", "channel": "telepathy", "depth": "deep", "people": ["p1"] },
                    { "id": "i2", "date": "2026-11-02", "channel": "call", "depth": "deep", "people": ["p9"] }
                  ],
                  "favours": [], "followUps": [], "reviews": [] }
                """);
        return file;
    }
}
