package app.kith.store;

import java.util.ArrayList;
import java.util.List;

/**
 * A person cannot be deleted on their own while conversations or favours name them: the caller asks
 * what to do (keep them, archive them, or delete them with their entries).
 */
public final class PersonHasEntriesException extends JournalException {

    private static final long serialVersionUID = 1L;

    private final int interactions;
    private final int favours;

    PersonHasEntriesException(String name, int interactions, int favours) {
        super(name + " cannot be deleted on their own: the journal holds " + entries(interactions, favours)
                + " with them.");
        this.interactions = interactions;
        this.favours = favours;
    }

    /** How many conversations the person took part in. */
    public int interactions() {
        return interactions;
    }

    /** How many favours passed between me and the person. */
    public int favours() {
        return favours;
    }

    private static String entries(int interactions, int favours) {
        List<String> parts = new ArrayList<>();
        if (interactions > 0) {
            parts.add(interactions + (interactions == 1 ? " conversation" : " conversations"));
        }
        if (favours > 0) {
            parts.add(favours + (favours == 1 ? " favour" : " favours"));
        }
        return String.join(" and ", parts);
    }
}
