package app.kith.crash;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The crash harness's acknowledgement log: what each writing process began, and what it was told was done. Lines
 * are tab-separated: {@code begin|ack|fail, step, kind, token[, the failure's sentence]}.
 */
record AckLog(List<Entry> entries) {

    static final String ADD = "add";
    static final String LOG = "log";
    static final String IMPORT = "import";
    static final String PASSPHRASE = "passphrase";

    /** One command: its kind, its token (a name, a note, a batch, the new passphrase), and how it ended. */
    record Entry(String kind, String token, State state, String failure) {
    }

    enum State { BEGUN, ACKNOWLEDGED, FAILED }

    static AckLog read(Path file) throws IOException {
        List<Entry> entries = new ArrayList<>();
        if (Files.exists(file)) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] parts = line.split("\t");
                if (parts.length < 4) {
                    continue;
                }
                switch (parts[0]) {
                    case "begin" -> entries.add(new Entry(parts[2], parts[3], State.BEGUN, null));
                    case "ack" -> entries.set(entries.size() - 1, new Entry(parts[2], parts[3], State.ACKNOWLEDGED,
                            null));
                    case "fail" -> entries.set(entries.size() - 1, new Entry(parts[2], parts[3], State.FAILED,
                            parts.length > 4 ? parts[4] : ""));
                    default -> { }
                }
            }
        }
        return new AckLog(entries);
    }

    List<String> ackedPeople() {
        return entries.stream().filter(e -> e.kind().equals(ADD) && e.state() == State.ACKNOWLEDGED)
                .map(Entry::token).toList();
    }

    /** The last command, when the process was killed before it was acknowledged. */
    Entry unfinished() {
        return entries.isEmpty() || entries.get(entries.size() - 1).state() != State.BEGUN ? null
                : entries.get(entries.size() - 1);
    }
}
