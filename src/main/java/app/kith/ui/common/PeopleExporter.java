package app.kith.ui.common;

import java.util.List;
import java.util.UUID;

/** Writes chosen people to a file for another program: asks where, then writes in the background. */
public interface PeopleExporter {

    /**
     * These people as a vCard file, for an address book.
     *
     * @param suggestedName the file's name the save dialog offers, without the extension (e.g. the person's name)
     */
    void exportAsVCard(List<UUID> people, String suggestedName);
}
