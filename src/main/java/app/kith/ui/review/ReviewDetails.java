package app.kith.ui.review;

import app.kith.domain.Favour;
import app.kith.domain.FavourStatus;
import app.kith.domain.Interaction;
import app.kith.domain.Person;
import app.kith.store.Journal;
import app.kith.store.TimelineEntry;
import app.kith.store.TimelinePage;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the review card shows of a person beyond their insight, read from the journal in the background when the
 * session comes to them: the person (what matters to them), their latest conversation with the names of whoever
 * else was there, and the favours still promised either way.
 *
 * @param personId whose details they are
 * @param ready false while they are still being read (everything else is empty then)
 * @param person the person, or null when they are no longer in the journal
 * @param lastConversation the latest conversation on or before today, or null
 * @param names the names of the people in that conversation
 * @param promised favours promised and not yet done, both ways, newest first
 */
record ReviewDetails(UUID personId, boolean ready, Person person, Interaction lastConversation, Map<UUID, String> names, List<Favour> promised) {

    /** Entries read to find the latest conversation: favours logged after it come first in the timeline. */
    private static final int ENTRIES_LOOKED_AT = 20;

    ReviewDetails {
        names = Map.copyOf(names);
        promised = List.copyOf(promised);
    }

    /** Nothing yet: they are being read. */
    static ReviewDetails loading(UUID personId) {
        return new ReviewDetails(personId, false, null, null, Map.of(), List.of());
    }

    /** Reads them; runs in the background. */
    static ReviewDetails read(Journal journal, UUID id, LocalDate today) {
        Person person = journal.people().get(id).orElse(null);
        if (person == null) {
            return new ReviewDetails(id, true, null, null, Map.of(), List.of());
        }
        TimelinePage page = journal.timeline().page(id, 0, ENTRIES_LOOKED_AT);
        Interaction last = page.entries().stream()
                .filter(entry -> entry instanceof TimelineEntry.Conversation && !entry.date().isAfter(today))
                .map(entry -> ((TimelineEntry.Conversation) entry).interaction())
                .findFirst().orElse(null);
        List<Favour> promised = journal.favours().forPerson(id).stream()
                .filter(favour -> favour.status() == FavourStatus.PROMISED)
                .toList();
        return new ReviewDetails(id, true, person, last, page.names(), promised);
    }
}
