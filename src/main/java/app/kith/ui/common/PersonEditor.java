package app.kith.ui.common;

import java.util.UUID;
import java.util.function.Consumer;

/** Opens the person editor: every field of a Person, checked next to the field. */
public interface PersonEditor {

    /**
     * A new person (Shortcut+N).
     *
     * @param whenAdded gets the new person's id once saved, on the FX thread; not called on cancel
     */
    void addPerson(Consumer<UUID> whenAdded);

    /** The person with this id, for editing. */
    void editPerson(UUID id);
}
