package app.kith.ui.shell;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import javafx.beans.value.ObservableValue;

/**
 * The person the screen in front is about (a person's page, the selected row in People, the person the Review is
 * at), so that Log conversation and Log favour from the menu or the shortcut start with them filled in. Screens
 * that are about no one in particular (Today, the Map, Settings) name no one.
 */
public final class PersonInView {

    private final ObservableValue<Screen> shown;
    private final Map<Screen, Supplier<UUID>> people = new HashMap<>();

    /** @param shown the screen in front */
    public PersonInView(ObservableValue<Screen> shown) {
        this.shown = shown;
    }

    /** The screen names the person it shows through {@code person} (which may answer null). */
    public void register(Screen screen, Supplier<UUID> person) {
        people.put(screen, person);
    }

    /** The person the screen in front shows, or null. */
    public UUID person() {
        Supplier<UUID> person = people.get(shown.getValue());
        return person == null ? null : person.get();
    }
}
