package app.kith.store;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One page of a person's timeline, newest first.
 *
 * @param entries the conversations and favours of the page, newest first
 * @param names the name of everyone who took part in the page's conversations
 * @param more true when older entries follow this page
 */
public record TimelinePage(List<TimelineEntry> entries, Map<UUID, String> names, boolean more) {

    public TimelinePage {
        entries = List.copyOf(entries);
        names = Map.copyOf(names);
    }
}
