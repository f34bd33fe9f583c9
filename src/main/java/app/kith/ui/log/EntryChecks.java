package app.kith.ui.log;

import app.kith.domain.Channel;
import app.kith.domain.Depth;
import app.kith.domain.Favour;
import app.kith.domain.FollowUp;
import app.kith.domain.Interaction;
import app.kith.domain.InvalidValueException;
import app.kith.domain.Person;
import app.kith.domain.Plausible;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Log dialog's checks: each field's message in one sentence, or null when the field is right. They take
 * the dialog's values and return messages; {@link LogViewModel} shows them beside the fields.
 */
final class EntryChecks {

    /** "18:30", "18.30", "1830" or "9:05"; seconds are never asked for. */
    private static final Pattern TIME = Pattern.compile("(\\d{1,2})[:.h]?(\\d{2})");

    /** What a successful check gives: everything the write needs. */
    record Checked(List<Person> newPeople, Interaction interaction, List<Favour> favours, FollowUp followUp) {
    }

    /** Each field's message, null where the field is right (and for a conversation's fields on a favour). */
    record Messages(String people, String date, String time, String channel, String depth, String minutes,
                    String followUp) {

        boolean any() {
            return people != null || date != null || time != null || channel != null || depth != null
                    || minutes != null || followUp != null;
        }

        Messages withPeople(String message) {
            return new Messages(message, date, time, channel, depth, minutes, followUp);
        }
    }

    /**
     * What checking the whole entry gives: the fields' messages, a sentence about the entry as a whole (or null),
     * and the entry to write (null when something was refused).
     */
    record Verdict(Messages messages, String problem, Checked entry) {
    }

    private EntryChecks() {
    }

    /** Checks everything; the favour rows show their own messages. */
    static Verdict checkAll(EntryDraft draft) {
        boolean conversation = draft.conversation();
        Messages messages = new Messages(people(draft), date(draft),
                conversation ? time(draft.time()) : null,
                conversation ? channel(draft.channel()) : null,
                conversation ? depth(draft.depth()) : null,
                conversation ? minutes(draft.minutes()) : null,
                followUp(draft));
        if (messages.any()) {
            checkFavours(draft, null);
            return new Verdict(messages, null, null);
        }
        Interaction interaction = null;
        String problem = null;
        if (conversation) {
            try {
                interaction = interaction(draft);
            } catch (InvalidValueException e) {
                problem = EntryWords.sentence(e.getMessage());
            }
        }
        List<Favour> favours = checkFavours(draft, interaction == null ? draft.linkOfEditedFavour()
                : interaction.id());
        if (favours == null || conversation && interaction == null) {
            return new Verdict(messages, problem, null);
        }
        List<Person> newPeople = new ArrayList<>();
        for (PersonChoice choice : draft.people()) {
            if (choice.isNew()) {
                try {
                    newPeople.add(choice.newPerson());
                } catch (InvalidValueException e) {
                    return new Verdict(messages.withPeople(EntryWords.sentence(e.getMessage())), null, null);
                }
            }
        }
        return new Verdict(messages, null, new Checked(newPeople, interaction, favours, followUpOf(draft)));
    }

    private static Interaction interaction(EntryDraft draft) {
        UUID id = draft.editedInteraction() == null ? UUID.randomUUID() : draft.editedInteraction();
        return new Interaction(id, draft.date(), readTime(draft.time()), draft.channel(), draft.depth(),
                draft.initiatedBy(), readMinutes(draft.minutes()),
                draft.people().stream().map(PersonChoice::id).toList(), draft.notes());
    }

    /** Each row checks itself, so every row's message shows; the favours, or null when one was refused. */
    private static List<Favour> checkFavours(EntryDraft draft, UUID interaction) {
        List<Favour> favours = new ArrayList<>();
        boolean good = true;
        for (FavourForm row : draft.favours()) {
            Favour favour = row.check(draft.date() == null ? draft.today() : draft.date(), interaction);
            good &= favour != null;
            favours.add(favour);
        }
        return good ? favours : null;
    }

    static String people(EntryDraft draft) {
        if (!draft.people().isEmpty()) {
            return null;
        }
        return draft.conversation() ? "Say who you talked with: type a name." : "Say whose favour it was.";
    }

    static String date(EntryDraft draft) {
        if (draft.dateUnreadable()) {
            return "Kith cannot read that date: type it as the calendar shows dates, or pick one.";
        }
        LocalDate date = draft.date();
        return date == null ? "Say when it was."
                : Plausible.date(date) ? null : EntryWords.sentence(Plausible.dateRefusal(date));
    }

    static String time(String text) {
        return stripped(text).isEmpty() || readTime(text) != null ? null
                : "Type the time as 18:30, or leave it empty.";
    }

    /** The time typed, or null when there is none or it cannot be read. */
    private static LocalTime readTime(String text) {
        Matcher matcher = TIME.matcher(stripped(text));
        try {
            if (matcher.matches()) {
                return LocalTime.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
            }
        } catch (DateTimeException e) {
            // 25:00 is no time of day: unreadable.
        }
        return null;
    }

    static String channel(Channel channel) {
        return channel == null ? "Choose how you talked." : null;
    }

    static String depth(Depth depth) {
        return depth == null ? "Choose how deep the conversation went." : null;
    }

    static String minutes(String text) {
        return stripped(text).isEmpty() || readMinutes(text) != null ? null
                : "Minutes are a whole number from 0 to " + Interaction.MAX_MINUTES + ".";
    }

    /** The minutes typed, or null when there are none or they are not a whole number in range. */
    private static Integer readMinutes(String text) {
        try {
            int value = Integer.parseInt(stripped(text));
            return value >= 0 && value <= Interaction.MAX_MINUTES ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static String followUp(EntryDraft draft) {
        LocalDate due = draft.followUpDate();
        String text = stripped(draft.followUpText());
        if (due == null && text.isEmpty()) {
            return null;
        }
        if (text.isEmpty()) {
            return "Say what to follow up on, or clear the date.";
        }
        if (due == null) {
            return "Give the follow-up a date.";
        }
        if (!Plausible.date(due)) {
            return EntryWords.sentence(Plausible.dateRefusal(due));
        }
        try {
            followUpOf(draft);
            return null;
        } catch (InvalidValueException | DateTimeException e) {
            return EntryWords.sentence(e.getMessage());
        }
    }

    /** The follow-up to write, or null when none is asked for (or no one is picked yet to have it). */
    private static FollowUp followUpOf(EntryDraft draft) {
        String text = stripped(draft.followUpText());
        if (draft.followUpDate() == null || text.isEmpty() || draft.people().isEmpty()) {
            return null;
        }
        PersonChoice whose = draft.followUpPerson();
        return FollowUp.create((whose != null && draft.people().contains(whose) ? whose
                : draft.people().get(0)).id(), draft.followUpDate(), text);
    }

    private static String stripped(String text) {
        return text == null ? "" : text.strip();
    }
}
