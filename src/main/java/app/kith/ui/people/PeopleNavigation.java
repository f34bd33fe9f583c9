package app.kith.ui.people;

import app.kith.ui.common.PeopleNavigator;
import java.util.UUID;

/** Shows a person from anywhere: the People screen comes forward with them selected. */
public final class PeopleNavigation implements PeopleNavigator {

    private final Runnable bringForward;
    private final PeopleListViewModel list;

    /** @param bringForward makes the People screen the one shown (building it the first time) */
    public PeopleNavigation(Runnable bringForward, PeopleListViewModel list) {
        this.bringForward = bringForward;
        this.list = list;
    }

    @Override
    public void showPerson(UUID id) {
        bringForward.run();
        list.select(id);
    }
}
