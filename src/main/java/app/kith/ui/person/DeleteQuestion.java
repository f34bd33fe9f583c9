package app.kith.ui.person;

import java.util.UUID;

/**
 * What the page asks before deleting someone who has entries: how many conversations and favours
 * would be touched, so that the choices can say exactly what each does.
 *
 * @param conversations every conversation they took part in
 * @param shared those of them with other people too: these stay, without this person
 * @param favours the favours between you and them: these go with them
 */
public record DeleteQuestion(UUID id, String name, int conversations, int shared, int favours) {

    /** Conversations only they took part in: these go with them. */
    public int solo() {
        return conversations - shared;
    }

    public boolean hasEntries() {
        return conversations > 0 || favours > 0;
    }
}
