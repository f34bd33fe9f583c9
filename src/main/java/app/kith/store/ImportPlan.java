package app.kith.store;

import app.kith.domain.Person;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * What an import of contacts writes, worked out from the candidates and the choices: the new people
 * (with later records of the same import merged into them), and the journal's people with the
 * details merged into them, beside how they were before (for undo).
 */
public record ImportPlan(List<Person> added, List<Person> merged, List<Person> mergedBefore, int skipped) {

    public ImportPlan {
        added = List.copyOf(added);
        merged = List.copyOf(merged);
        mergedBefore = List.copyOf(mergedBefore);
    }

    /**
     * @param journalPerson the journal's person with every detail, by id (a merge target)
     */
    public static ImportPlan of(List<ImportCandidate> candidates, Function<UUID, Person> journalPerson) {
        Map<UUID, Person> added = new LinkedHashMap<>();
        Map<UUID, Person> merged = new LinkedHashMap<>();
        Map<UUID, Person> before = new LinkedHashMap<>();
        Map<UUID, UUID> mergedInto = new HashMap<>();
        int skipped = 0;
        for (ImportCandidate candidate : candidates) {
            Person person = candidate.person();
            PersonMatch match = candidate.match();
            if (match == null || candidate.choice() == MatchChoice.KEEP_BOTH) {
                added.put(person.id(), person);
                continue;
            }
            if (candidate.choice() == MatchChoice.SKIP) {
                skipped++;
                continue;
            }
            UUID target = match.personId();
            while (mergedInto.containsKey(target)) {
                target = mergedInto.get(target);
            }
            if (added.containsKey(target)) {
                added.put(target, PeopleMerge.filled(added.get(target), person));
            } else if (match.inJournal() || merged.containsKey(target)) {
                Person base = merged.containsKey(target) ? merged.get(target) : journalPerson.apply(target);
                if (base == null) {
                    added.put(person.id(), person);
                    continue;
                }
                before.putIfAbsent(target, base);
                merged.put(target, PeopleMerge.filled(base, person));
            } else {
                // The record it matched was skipped: this one comes in on its own.
                added.put(person.id(), person);
                continue;
            }
            mergedInto.put(person.id(), target);
        }
        return new ImportPlan(List.copyOf(added.values()), List.copyOf(merged.values()),
                List.copyOf(before.values()), skipped);
    }
}
