package app.kith.ui.person;

import app.kith.domain.Channel;
import app.kith.domain.Depth;
import app.kith.domain.Favour;
import app.kith.domain.FavourDirection;
import app.kith.domain.FavourStatus;
import app.kith.domain.Interaction;
import app.kith.store.TimelineEntry;
import app.kith.ui.common.RelativeDays;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** Turns a page of a person's timeline into the lines the section shows, with a heading for each month. */
public final class TimelineRows {

    /** The first line of a conversation's notes is cut here: the row is a glance, the entry has it all. */
    static final int NOTE_LENGTH = 160;
    /** Beyond this many other people a row says "and 4 others". */
    static final int NAMES_SHOWN = 3;

    /** A line of the timeline. */
    public sealed interface Row {
    }

    /** The heading of a month, e.g. "November 2026". */
    public record Month(YearMonth month, String title) implements Row {
    }

    /**
     * A conversation.
     *
     * @param title "Deep · In person · 90 min"
     * @param with the others in it, "with Ben Okafor and Ada Li", or ""
     * @param note the first line of the notes, or ""
     * @param day the day within the month, "Sun 22"
     */
    public record Conversation(UUID id, Channel channel, Depth depth, String title, String with, String note,
                               String day) implements Row {
    }

    /**
     * A favour.
     *
     * @param title "You gave · Advice · Medium"
     * @param promised true while promised and not done yet
     * @param note the description, or ""
     */
    public record FavourLine(UUID id, FavourDirection direction, String title, boolean promised, String note,
                             String day) implements Row {
    }

    private final UUID person;
    private final DateTimeFormatter monthTitle;
    private final DateTimeFormatter dayTitle;

    TimelineRows(UUID person, Locale locale) {
        this.person = person;
        this.monthTitle = DateTimeFormatter.ofPattern("LLLL yyyy", locale);
        this.dayTitle = DateTimeFormatter.ofPattern(RelativeDays.weekdayDayPattern(locale), locale);
    }

    /**
     * The rows of the entries, newest first.
     *
     * @param after the month of the entry shown just before these (a heading is not repeated), or null
     */
    List<Row> rows(List<TimelineEntry> entries, Map<UUID, String> names, YearMonth after) {
        List<Row> rows = new ArrayList<>(entries.size() + 12);
        YearMonth month = after;
        for (TimelineEntry entry : entries) {
            YearMonth its = YearMonth.from(entry.date());
            if (!its.equals(month)) {
                rows.add(new Month(its, monthTitle.format(its)));
                month = its;
            }
            if (entry instanceof TimelineEntry.Conversation talk) {
                rows.add(conversation(talk.interaction(), names));
            } else if (entry instanceof TimelineEntry.FavourDone done) {
                rows.add(favour(done.favour()));
            }
        }
        return rows;
    }

    private Conversation conversation(Interaction talk, Map<UUID, String> names) {
        StringBuilder title = new StringBuilder(talk.depth().label()).append(" \u00b7 ").append(talk.channel().label());
        if (talk.minutes() != null) {
            title.append(" \u00b7 ").append(talk.minutes()).append(" min");
        }
        return new Conversation(talk.id(), talk.channel(), talk.depth(), title.toString(), with(talk, names),
                firstLine(talk.notes()), day(talk.date()));
    }

    private FavourLine favour(Favour favour) {
        String title = (favour.direction() == FavourDirection.GIVEN ? "You gave" : "You received")
                + " \u00b7 " + favour.kind().label() + " \u00b7 " + favour.size().label();
        return new FavourLine(favour.id(), favour.direction(), title, favour.status() == FavourStatus.PROMISED,
                firstLine(favour.description()), day(favour.date()));
    }

    private String with(Interaction talk, Map<UUID, String> names) {
        List<String> others = talk.people().stream().filter(id -> !id.equals(person))
                .map(id -> names.getOrDefault(id, "someone no longer in the journal")).toList();
        if (others.isEmpty()) {
            return "";
        }
        if (others.size() > NAMES_SHOWN + 1) {
            int rest = others.size() - NAMES_SHOWN;
            return "with " + String.join(", ", others.subList(0, NAMES_SHOWN)) + " and " + rest + " others";
        }
        if (others.size() == 1) {
            return "with " + others.get(0);
        }
        return "with " + String.join(", ", others.subList(0, others.size() - 1)) + " and " + others.get(others.size() - 1);
    }

    private String day(LocalDate date) {
        return dayTitle.format(date);
    }

    static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        String line = text.strip().lines().findFirst().orElse("").strip();
        return line.length() <= NOTE_LENGTH ? line : line.substring(0, NOTE_LENGTH - 1).strip() + "\u2026";
    }
}
