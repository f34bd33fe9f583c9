package app.kith.ui.log;

import app.kith.store.PersonSummary;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Suggests people for what was typed, as the command line matches names: case-insensitively on the name or
 * nickname, whole names first, then names or words that start with it, then names that contain it. Within
 * each group the people talked to most recently come first, archived people last.
 */
final class PeopleMatcher {

    static final int SHOWN = 8;

    private static final Comparator<PersonSummary> RECENT_FIRST = Comparator
            .comparing(PersonSummary::archived)
            .thenComparing(PersonSummary::lastInteraction, Comparator.nullsLast(Comparator.<LocalDate>reverseOrder()))
            .thenComparing(person -> person.name().toLowerCase(Locale.ROOT));

    private final List<PersonSummary> people;

    PeopleMatcher(List<PersonSummary> people) {
        this.people = List.copyOf(people);
    }

    /** At most {@link #SHOWN} people for the typed text, leaving out those already picked. */
    List<PersonSummary> suggest(String typed, Collection<UUID> picked) {
        String wanted = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        if (wanted.isEmpty()) {
            return List.of();
        }
        List<List<PersonSummary>> tiers = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (PersonSummary person : people) {
            int tier = tier(person, wanted);
            if (tier >= 0 && !picked.contains(person.id())) {
                tiers.get(tier).add(person);
            }
        }
        List<PersonSummary> found = new ArrayList<>();
        for (List<PersonSummary> tier : tiers) {
            tier.sort(RECENT_FIRST);
            found.addAll(tier);
        }
        return found.size() > SHOWN ? List.copyOf(found.subList(0, SHOWN)) : found;
    }

    /** True when someone's name or nickname is exactly the typed text (so it is not offered as new). */
    boolean hasExactly(String typed) {
        String wanted = typed.strip().toLowerCase(Locale.ROOT);
        return people.stream().anyMatch(person -> tier(person, wanted) == 0);
    }

    private static int tier(PersonSummary person, String wanted) {
        int byName = tier(person.name(), wanted);
        int byNickname = person.nickname() == null ? -1 : tier(person.nickname(), wanted);
        if (byName < 0) {
            return byNickname;
        }
        return byNickname < 0 ? byName : Math.min(byName, byNickname);
    }

    /** 0: the whole name; 1: the name or one of its words starts with it; 2: contains it; -1: no match. */
    private static int tier(String name, String wanted) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.equals(wanted)) {
            return 0;
        }
        if (lower.startsWith(wanted) || lower.contains(" " + wanted) || lower.contains("-" + wanted)) {
            return 1;
        }
        return lower.contains(wanted) ? 2 : -1;
    }
}
