package app.kith.ui.review;

import app.kith.domain.Favour;
import app.kith.domain.FavourDirection;
import app.kith.domain.FollowUp;
import app.kith.domain.Interaction;
import app.kith.insight.Explanation;
import app.kith.insight.PersonInsight;
import app.kith.ui.common.RelativeDays;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** Makes the review's card of a person from their insight, the details read for them and their follow-ups due. */
final class ReviewCards {

    private static final String DOT = " \u00b7 ";
    /** A long note is cut to its first line, and that line to this many characters. */
    private static final int NOTE_LENGTH = 200;
    private static final int NAMES_SHOWN = 3;

    private final LocalDate today;
    private final Locale locale;

    ReviewCards(LocalDate today, Locale locale) {
        this.today = today;
        this.locale = locale;
    }

    /**
     * @param details what was read for the person, or null while it is being read
     * @param due the follow-ups due, theirs among them
     */
    ReviewCard card(PersonInsight insight, ReviewDetails details, List<FollowUp> due) {
        Explanation explanation = insight.explain();
        List<ReviewCard.Chip> labels = new ArrayList<>();
        if (insight.kind() != null) {
            labels.add(new ReviewCard.Chip(insight.kind().label(), insight.kind().code()));
        }
        labels.add(new ReviewCard.Chip(insight.balance().label(), insight.balance().code()));
        labels.add(new ReviewCard.Chip(insight.initiative().label(), insight.initiative().code()));
        labels.add(new ReviewCard.Chip(insight.status().label(), insight.status().code()));
        String ring = insight.placedRing() == null ? "Outside the rings"
                : "Ring " + insight.placedRing().size() + DOT + insight.placedRing().label();
        boolean late = insight.overdue() != null && insight.overdueRatio() >= 1;
        return new ReviewCard(insight.id(), insight.person().name(), insight.reason(), ring, insight.depth(), labels,
                explanation.cadence(), explanation.overdue(), late ? insight.overdue().code() : "",
                details == null ? "" : last(details), details == null ? "" : note(details.lastConversation()),
                details == null || details.person() == null || details.person().mattersToThem() == null ? ""
                        : details.person().mattersToThem(),
                details == null ? List.of() : details.promised().stream().map(this::favour).toList(),
                followUps(insight.id(), due), details == null);
    }

    /** The card of someone of the session who is no longer in the journal (deleted meanwhile). */
    static ReviewCard gone(UUID person, String name) {
        return new ReviewCard(person, name, "No longer in this journal", "", 0, List.of(), "", "", "", "", "", "",
                List.of(), List.of(), false);
    }

    /** "Deep · In person · 90 min · 12 Sep 2025 · with Ben Okafor". */
    private String last(ReviewDetails details) {
        Interaction talk = details.lastConversation();
        if (talk == null) {
            return "No conversation logged yet";
        }
        StringBuilder text = new StringBuilder(talk.depth().label()).append(DOT).append(talk.channel().label());
        if (talk.minutes() != null) {
            text.append(DOT).append(talk.minutes()).append(" min");
        }
        text.append(DOT).append(new RelativeDays(locale).of(talk.date(), today));
        List<String> others = talk.people().stream().filter(id -> !id.equals(details.person().id()))
                .map(id -> details.names().getOrDefault(id, "someone no longer in the journal")).toList();
        if (!others.isEmpty()) {
            text.append(DOT).append("with ").append(String.join(", ", others.subList(0, Math.min(NAMES_SHOWN,
                    others.size()))));
            if (others.size() > NAMES_SHOWN) {
                text.append(" and ").append(others.size() - NAMES_SHOWN).append(" more");
            }
        }
        return text.toString();
    }

    private static String note(Interaction talk) {
        return talk == null || talk.notes() == null ? "" : note(talk.notes());
    }

    /** "You promised: Help · Large · help with the move" or "They promised: …". */
    private String favour(Favour favour) {
        String who = favour.direction() == FavourDirection.GIVEN ? "You promised" : "They promised";
        String text = who + ": " + favour.kind().label() + DOT + favour.size().label().toLowerCase(Locale.ROOT);
        if (favour.description() != null) {
            text += DOT + note(favour.description());
        }
        return text + DOT + new RelativeDays(locale).of(favour.date(), today);
    }

    /** The first line of a text, cut when long. */
    private static String note(String text) {
        String line = text.strip().lines().findFirst().orElse("").strip();
        return line.length() <= NOTE_LENGTH ? line : line.substring(0, NOTE_LENGTH - 1).strip() + "\u2026";
    }

    /** "Send her the article · due 3 days ago". */
    private List<String> followUps(UUID person, List<FollowUp> due) {
        return due.stream().filter(followUp -> followUp.person().equals(person))
                .map(followUp -> followUp.text() + DOT + "due " + new RelativeDays(locale).of(followUp.due(), today))
                .toList();
    }
}
