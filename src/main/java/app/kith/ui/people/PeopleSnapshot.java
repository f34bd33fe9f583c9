package app.kith.ui.people;

import app.kith.insight.PersonInsight;
import app.kith.store.PersonSummary;
import app.kith.ui.common.InsightReading;
import app.kith.domain.Tags;
import java.util.Comparator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Everyone in the journal as the People list shows them, with every tag in use: made from the window's reading
 * of the journal (summaries, scores as of today, follow-ups due), searched and filtered on the FX thread.
 *
 * @param rows everyone, archived included, in name order
 * @param tags every tag, once each whatever its case or accents (in the spelling met first), sorted without regard to either
 */
public record PeopleSnapshot(List<PersonRow> rows, List<String> tags) {

    static final PeopleSnapshot NOBODY = new PeopleSnapshot(List.of(), List.of());

    /** Everyone in the reading, with the follow-ups due as of its day. */
    public static PeopleSnapshot of(InsightReading reading) {
        Set<UUID> due = new HashSet<>();
        for (PersonInsight insight : reading.insight().people()) {
            if (insight.dueFollowUps() > 0) {
                due.add(insight.id());
            }
        }
        return of(reading.people(), reading.insight().people(), due);
    }

    public static PeopleSnapshot of(List<PersonSummary> summaries, List<PersonInsight> insights, Set<UUID> followUpsDue) {
        Map<UUID, PersonInsight> scored = new HashMap<>(insights.size() * 2);
        for (PersonInsight insight : insights) {
            scored.put(insight.id(), insight);
        }
        List<PersonRow> rows = new ArrayList<>(summaries.size());
        Tags.Spellings tags = new Tags.Spellings(List.of());
        for (PersonSummary summary : summaries) {
            // A person added between the two reads has no scores yet: shown as new until the next read.
            rows.add(PersonRow.of(summary, scored.get(summary.id()), followUpsDue.contains(summary.id())));
            summary.tags().forEach(tags::spell);
        }
        return new PeopleSnapshot(List.copyOf(rows),
                tags.all().stream().sorted(Comparator.comparing(Tags::key)).toList());
    }
}
