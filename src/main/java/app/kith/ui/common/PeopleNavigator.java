package app.kith.ui.common;

import java.util.UUID;

/** Brings the People screen forward with this person selected and their page shown. */
public interface PeopleNavigator {

    void showPerson(UUID id);
}
