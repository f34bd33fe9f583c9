package app.kith.cli;

import app.kith.domain.Person;
import app.kith.store.Journal;
import app.kith.store.PersonSummary;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kith merge KEEP OTHER}: two people made one, keeping everything of both, in one transaction. */
@Command(name = "merge",
        description = {"Joins OTHER into KEEP, keeping every conversation, favour, follow-up, date and field of both.",
            "A conversation with both keeps one of them; what of OTHER's would be lost goes into the notes. "
                + "KEEP and OTHER are names (or part of one) or ids, as kith duplicates prints them."})
final class MergeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "KEEP", description = "The person to keep.")
    private String keep;

    @Parameters(index = "1", paramLabel = "OTHER", description = "The person merged into KEEP.")
    private String other;

    private final JournalAccess journals;

    MergeCommand(JournalAccess journals) {
        this.journals = journals;
    }

    @Override
    public Integer call() {
        try (Journal journal = journals.open()) {
            List<PersonSummary> everyone = journal.people().summaries();
            UUID keepId = find(keep, everyone);
            UUID otherId = find(other, everyone);
            if (keepId.equals(otherId)) {
                throw new WrongValue("KEEP and OTHER are the same person: name two people.");
            }
            String otherName = journal.people().get(otherId).map(Person::name).orElse(other);
            journal.merges().merge(keepId, otherId);
            Person merged = journal.people().get(keepId).orElseThrow();
            spec.commandLine().getOut().println("Merged " + otherName + " into " + merged.name() + " (id " + keepId
                    + "): their conversations, favours, follow-ups and details are " + merged.name() + "'s now.");
        }
        return 0;
    }

    private static UUID find(String typed, List<PersonSummary> everyone) {
        UUID id = uuidOrNull(typed.strip());
        if (id == null) {
            return new PeopleByName(everyone).find(typed).id();
        }
        if (everyone.stream().noneMatch(p -> p.id().equals(id))) {
            throw new WrongValue("No one in the journal has the id " + typed + ".");
        }
        return id;
    }

    private static UUID uuidOrNull(String text) {
        try {
            return text.length() == 36 ? UUID.fromString(text) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
