package app.kith.ui.log;

import app.kith.domain.Favour;
import app.kith.domain.FollowUp;
import app.kith.domain.Interaction;
import app.kith.domain.InvalidValueException;
import app.kith.domain.Person;
import app.kith.domain.Plausible;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The Log dialog's checks: each field's message in one sentence, set beside the field. A message once shown
 * is checked again as the field changes, so it goes away as soon as the field is right.
 */
final class EntryChecks {

    /** "18:30", "18.30", "1830" or "9:05"; seconds are never asked for. */
    private static final Pattern TIME = Pattern.compile("(\\d{1,2})[:.h]?(\\d{2})");

    /** What a successful check gives: everything the write needs. */
    record Checked(List<Person> newPeople, Interaction interaction, List<Favour> favours, FollowUp followUp) {
    }

    private final LogViewModel form;

    EntryChecks(LogViewModel form) {
        this.form = form;
    }

    void recheckOnChange() {
        again(form.peopleError, this::checkPeople, form.people);
        again(form.dateError, this::checkDate, form.date);
        again(form.timeError, this::checkTime, form.time);
        again(form.channelError, this::checkChannel, form.channel);
        again(form.depthError, this::checkDepth, form.depth);
        again(form.minutesError, this::checkMinutes, form.minutes);
        again(form.followUpError, this::checkFollowUp, form.followUpDate, form.followUpText);
    }

    /** Once a message is shown, the field is checked again on every change. */
    private static void again(ReadOnlyStringWrapper error, Runnable check, Observable... fields) {
        for (Observable field : fields) {
            field.addListener(observable -> {
                if (error.get() != null) {
                    check.run();
                }
            });
        }
    }

    /** Checks everything; the entry to write, or null when a message is now shown somewhere. */
    Checked checkAll() {
        List<Boolean> results = new ArrayList<>();
        results.add(checkPeople() != null);
        results.add(checkDate() != null);
        boolean conversation = form.mode.get() == LogViewModel.Mode.CONVERSATION;
        LocalTime time = conversation ? checkTime() : null;
        results.add(!conversation || form.timeError.get() == null);
        results.add(!conversation || checkChannel() != null);
        results.add(!conversation || checkDepth() != null);
        Integer minutes = conversation ? checkMinutes() : null;
        results.add(!conversation || form.minutesError.get() == null);
        FollowUp followUp = checkFollowUp();
        results.add(form.followUpError.get() == null);
        if (results.contains(false)) {
            checkFavours(form.date.get(), null);
            return null;
        }
        Interaction interaction = conversation ? interaction(time, minutes) : null;
        List<Favour> favours = checkFavours(form.date.get(), interaction == null ? linkOfEditedFavour()
                : interaction.id());
        if (favours == null || conversation && interaction == null) {
            return null;
        }
        List<Person> newPeople = new ArrayList<>();
        for (var choice : form.people) {
            if (choice.isNew()) {
                try {
                    newPeople.add(choice.newPerson());
                } catch (InvalidValueException e) {
                    form.peopleError.set(EntryWords.sentence(e.getMessage()));
                    return null;
                }
            }
        }
        return new Checked(newPeople, interaction, favours, followUp);
    }

    private UUID linkOfEditedFavour() {
        return form.editedFavour == null ? null : form.editedFavour.interaction();
    }

    private Interaction interaction(LocalTime time, Integer minutes) {
        UUID id = form.editedInteraction == null ? UUID.randomUUID() : form.editedInteraction.id();
        try {
            return new Interaction(id, form.date.get(), time, form.channel.get(), form.depth.get(),
                    form.initiatedBy.get(), minutes, form.people.stream().map(PersonChoice::id).toList(),
                    form.notes.get());
        } catch (InvalidValueException e) {
            form.problem.set(EntryWords.sentence(e.getMessage()));
            return null;
        }
    }

    private List<Favour> checkFavours(LocalDate date, UUID interaction) {
        List<Favour> favours = new ArrayList<>();
        boolean good = true;
        for (FavourForm row : form.favours) {
            Favour favour = row.check(date == null ? form.today() : date, interaction);
            good &= favour != null;
            favours.add(favour);
        }
        return good ? favours : null;
    }

    Object checkPeople() {
        String message = null;
        if (form.people.isEmpty()) {
            message = form.mode.get() == LogViewModel.Mode.FAVOUR ? "Say whose favour it was."
                    : "Say who you talked with: type a name.";
        }
        form.peopleError.set(message);
        return message == null ? Boolean.TRUE : null;
    }

    LocalDate checkDate() {
        if (form.dateUnreadable) {
            form.dateError.set("Kith cannot read that date: type it as the calendar shows dates, or pick one.");
            return null;
        }
        LocalDate date = form.date.get();
        form.dateError.set(date == null ? "Say when it was."
                : Plausible.date(date) ? null : EntryWords.sentence(Plausible.dateRefusal(date)));
        return form.dateError.get() == null ? date : null;
    }

    LocalTime checkTime() {
        String text = form.time.get() == null ? "" : form.time.get().strip();
        form.timeError.set(null);
        if (text.isEmpty()) {
            return null;
        }
        Matcher matcher = TIME.matcher(text);
        try {
            if (matcher.matches()) {
                return LocalTime.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
            }
        } catch (java.time.DateTimeException e) {
            // Falls through to the message: 25:00 is no time of day.
        }
        form.timeError.set("Type the time as 18:30, or leave it empty.");
        return null;
    }

    Object checkChannel() {
        form.channelError.set(form.channel.get() == null ? "Choose how you talked." : null);
        return form.channel.get();
    }

    Object checkDepth() {
        form.depthError.set(form.depth.get() == null ? "Choose how deep the conversation went." : null);
        return form.depth.get();
    }

    Integer checkMinutes() {
        String text = form.minutes.get() == null ? "" : form.minutes.get().strip();
        form.minutesError.set(null);
        if (text.isEmpty()) {
            return null;
        }
        try {
            int value = Integer.parseInt(text);
            if (value >= 0 && value <= Interaction.MAX_MINUTES) {
                return value;
            }
        } catch (NumberFormatException e) {
            // Falls through to the message.
        }
        form.minutesError.set("Minutes are a whole number from 0 to " + Interaction.MAX_MINUTES + ".");
        return null;
    }

    FollowUp checkFollowUp() {
        LocalDate due = form.followUpDate.get();
        String text = form.followUpText.get() == null ? "" : form.followUpText.get().strip();
        form.followUpError.set(null);
        if (due == null && text.isEmpty()) {
            return null;
        }
        if (text.isEmpty()) {
            form.followUpError.set("Say what to follow up on, or clear the date.");
            return null;
        }
        if (due == null) {
            form.followUpError.set("Give the follow-up a date.");
            return null;
        }
        if (!Plausible.date(due)) {
            form.followUpError.set(EntryWords.sentence(Plausible.dateRefusal(due)));
            return null;
        }
        if (form.people.isEmpty()) {
            return null;
        }
        try {
            PersonChoice whose = form.followUpPerson.get();
            return FollowUp.create((whose != null && form.people.contains(whose) ? whose : form.people.get(0)).id(),
                    due, text);
        } catch (InvalidValueException | DateTimeParseException e) {
            form.followUpError.set(EntryWords.sentence(e.getMessage()));
            return null;
        }
    }
}
