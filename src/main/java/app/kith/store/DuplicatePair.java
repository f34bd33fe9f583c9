package app.kith.store;

import java.util.List;
import java.util.UUID;

/** Two people of the journal who may be one, and why: the same email, the same phone, similar names. */
public record DuplicatePair(Someone first, Someone second, List<MatchBy> why) {

    /** One of the two, as the list shows them. */
    public record Someone(UUID id, String name) {
    }

    public DuplicatePair {
        why = List.copyOf(why);
    }
}
