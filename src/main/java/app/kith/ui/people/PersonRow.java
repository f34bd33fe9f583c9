package app.kith.ui.people;

import app.kith.domain.Ring;
import app.kith.insight.Balance;
import app.kith.insight.DepthDirection;
import app.kith.insight.Kind;
import app.kith.insight.PersonInsight;
import app.kith.insight.Status;
import app.kith.store.PersonSummary;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * One person as the People list shows them: the summary, the scores as of today, and the text the
 * search looks in, made once when the list is read so that a keystroke only compares strings.
 *
 * @param kind Chat or Chit, null without conversations that count
 * @param direction where Depth is heading (its change since 180 days ago), null when not scored
 * @param ring the ring Kith places them in, null outside the rings (the archived always)
 * @param lastTalked the latest conversation on or before today, or null
 * @param followUpDue a follow-up not done is due today or earlier
 * @param searchText name, nickname, organisation, emails and tags, lower case and without accents
 */
public record PersonRow(UUID id, String name, String nickname, String organization, List<String> tags,
                        boolean archived, boolean kin, int depth, DepthDirection direction, Kind kind, Balance balance, Ring ring,
                        Status status, LocalDate lastTalked, LocalDate added, boolean followUpDue,
                        String searchText) {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    public PersonRow {
        tags = List.copyOf(tags);
    }

    /** The row of a person from what the journal holds; the insight may be null (not scored). */
    static PersonRow of(PersonSummary summary, PersonInsight insight, boolean followUpDue) {
        StringBuilder text = new StringBuilder(summary.name());
        append(text, summary.nickname());
        append(text, summary.organization());
        summary.emails().forEach(email -> append(text, email));
        summary.tags().forEach(tag -> append(text, tag));
        return new PersonRow(summary.id(), summary.name(), summary.nickname(), summary.organization(),
                summary.tags(), summary.archived(), summary.kin(),
                insight == null ? 0 : insight.depth(),
                insight == null ? null : insight.direction(),
                insight == null ? null : insight.kind(),
                insight == null ? Balance.EVEN : insight.balance(),
                insight == null ? null : insight.placedRing(),
                insight == null ? Status.NEW : insight.status(),
                summary.lastInteraction(), summary.createdOn(), followUpDue, fold(text.toString()));
    }

    /** How far Depth moved since 180 days ago, below 0 when it fell; 0 when not scored. */
    public int depthChange() {
        return direction == null ? 0 : direction.change();
    }

    /** Lower case without accents, so that "jose" finds "José" and "ZOE" finds "Zoë". */
    static String fold(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (int i = 0; i < lower.length(); i++) {
            if (lower.charAt(i) > 0x7f) {
                return MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
            }
        }
        return lower;
    }

    private static void append(StringBuilder text, String part) {
        if (part != null) {
            // A line break between fields: a search term never spans two of them.
            text.append('\n').append(part);
        }
    }

    /** Ring, kind, balance and status in one line, as a person's page shows them: "Ring 5 · Chat · You give · Active". */
    public String glance() {
        StringBuilder line = new StringBuilder(ring == null ? "Outside the rings" : "Ring " + ring.size());
        line.append(" · Depth ").append(depth);
        if (kind != null) {
            line.append(" · ").append(kind.label());
        }
        line.append(" · ").append(balance.label());
        if (!archived) {
            line.append(" · ").append(status.label());
        }
        return line.toString();
    }
}
