package app.kith.ui.log;

import app.kith.domain.Channel;
import app.kith.domain.Depth;
import app.kith.domain.Initiator;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What the Log dialog holds at one moment, as values: {@link LogViewModel} takes it so that {@link EntryChecks}
 * can check the entry without reaching into the view model. The favour rows check themselves.
 *
 * @param editedInteraction the id of the conversation being edited, or null for a new one
 * @param linkOfEditedFavour the conversation the edited favour came up in, kept when it is saved again
 */
record EntryDraft(LogViewModel.Mode mode, List<PersonChoice> people, LocalDate date, boolean dateUnreadable,
                  String time, Channel channel, Depth depth, Initiator initiatedBy, String minutes, String notes,
                  LocalDate followUpDate, String followUpText, PersonChoice followUpPerson,
                  List<FavourForm> favours, UUID editedInteraction, UUID linkOfEditedFavour, LocalDate today) {

    boolean conversation() {
        return mode == LogViewModel.Mode.CONVERSATION;
    }
}
