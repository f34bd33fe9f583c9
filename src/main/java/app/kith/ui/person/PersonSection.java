package app.kith.ui.person;

import java.util.UUID;
import javafx.scene.Node;

/**
 * One part of a person's page (insight, follow-ups, timeline): the page stacks them and tells
 * each which person is shown, again whenever the journal changed.
 */
public interface PersonSection {

    Node node();

    /** Shows this person, reading what it needs in the background; null shows nothing. */
    void show(UUID personId);
}
