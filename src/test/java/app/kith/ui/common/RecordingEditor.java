package app.kith.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Notes what the sections ask of the Log dialog, e.g. "edit conversation 1b9…". */
public final class RecordingEditor implements EntryEditor {

    public final List<String> asked = new ArrayList<>();

    @Override
    public void logConversation(List<UUID> with, java.util.function.Consumer<UUID> closed) {
        asked.add("log conversation with " + with);
    }

    @Override
    public void logFavour(UUID with) {
        asked.add("log favour with " + with);
    }

    @Override
    public void editInteraction(UUID id) {
        asked.add("edit conversation " + id);
    }

    @Override
    public void editFavour(UUID id) {
        asked.add("edit favour " + id);
    }
}
