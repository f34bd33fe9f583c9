package app.kith.ui.common;

import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;

/**
 * Tells the screens that the open journal's entries changed (a person added, a conversation
 * logged, an import), so that what they show is read again. One instance is made by the
 * composition root and handed to whoever writes or shows entries; it is not a global bus.
 * Used on the FX application thread only.
 */
public final class JournalChanges {

    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper();

    /** Call after a write has succeeded (on the FX thread): every listener reads again. */
    public void changed() {
        revision.set(revision.get() + 1);
    }

    /** Grows by one on every change; listen to it to refresh. */
    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }
}
