package app.kith.cli;

import app.kith.store.DuplicatePair;
import app.kith.store.Journal;
import app.kith.store.MatchBy;
import app.kith.store.MatchKeys;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kith duplicates}: people of the journal who may be one person, and why. Reading only. */
@Command(name = "duplicates",
        description = {"Lists people who may be one person: the same email, the same phone, or similar names.",
            "Similar: \"Bob Smith\" and \"Robert Smith\", \"Müller\" and \"Mueller\". "
                + "kith merge KEEP OTHER joins two."})
final class DuplicatesCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--json", description = "Print the pairs as JSON.")
    private boolean json;

    private final JournalAccess journals;

    DuplicatesCommand(JournalAccess journals) {
        this.journals = journals;
    }

    @Override
    public Integer call() {
        List<DuplicatePair> pairs;
        try (Journal journal = journals.openForReading()) {
            pairs = journal.duplicates().find(MatchKeys.ofDefaultLocale());
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ArrayNode list = JsonNodeFactory.instance.arrayNode();
            for (DuplicatePair pair : pairs) {
                ObjectNode node = list.addObject();
                node.putObject("first").put("id", pair.first().id().toString()).put("name", pair.first().name());
                node.putObject("second").put("id", pair.second().id().toString()).put("name", pair.second().name());
                ArrayNode why = node.putArray("why");
                pair.why().forEach(by -> why.add(by == MatchBy.NAME ? "similar-name" : by.code()));
            }
            out.println(list.toPrettyString());
            return 0;
        }
        if (pairs.isEmpty()) {
            out.println("No one in the journal looks like someone else.");
            return 0;
        }
        for (DuplicatePair pair : pairs) {
            out.println(pair.first().name() + " and " + pair.second().name() + ": " + pair.why().stream()
                    .map(by -> by == MatchBy.NAME ? "similar names" : by.words()).collect(Collectors.joining(", "))
                    + " (kith merge " + pair.first().id() + " " + pair.second().id() + ")");
        }
        return 0;
    }
}
