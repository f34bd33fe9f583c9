package app.kith.ui.people;

import app.kith.insight.Balance;
import app.kith.insight.Kind;
import app.kith.insight.Status;

/**
 * What the People list is narrowed to: search terms (every one must appear in the person's
 * name, nickname, organisation, emails or tags) and the filters. Null filters take everyone.
 *
 * @param terms the search, folded as {@link PersonRow#fold} does and split at spaces
 * @param tag a tag the person must carry (any case), or null
 * @param showArchived whether the archived are listed too
 */
public record PeopleFilter(String[] terms, String tag, boolean showArchived, boolean followUpDue, Kind kind,
                    Balance balance, RingFilter ring, Status status) {

    private static final String[] NO_TERMS = new String[0];

    /** The search as terms: folded, split at spaces. */
    public static String[] terms(String query) {
        String folded = query == null ? "" : PersonRow.fold(query).strip();
        return folded.isEmpty() ? NO_TERMS : folded.split("\\s+");
    }

    public boolean isEverybody() {
        return terms.length == 0 && tag == null && !followUpDue && kind == null && balance == null
                && ring == RingFilter.ANY && status == null;
    }

    /**
     * Whether everyone this filter takes is also taken by the wider one, so that a keystroke that
     * adds to the search only needs to look through what the last one found.
     */
    boolean narrows(PeopleFilter wider) {
        if (!java.util.Objects.equals(tag, wider.tag) || showArchived != wider.showArchived
                || followUpDue != wider.followUpDue || kind != wider.kind || balance != wider.balance
                || ring != wider.ring || status != wider.status || terms.length < wider.terms.length) {
            return false;
        }
        for (int i = 0; i < wider.terms.length; i++) {
            if (!terms[i].contains(wider.terms[i])) {
                return false;
            }
        }
        return true;
    }

    public boolean matches(PersonRow row) {
        if (row.archived() && !showArchived) {
            return false;
        }
        for (String term : terms) {
            if (!row.searchText().contains(term)) {
                return false;
            }
        }
        return (tag == null || hasTag(row))
                && (!followUpDue || row.followUpDue())
                && (kind == null || row.kind() == kind)
                && (balance == null || row.balance() == balance)
                && ring.matches(row.ring())
                && (status == null || row.status() == status);
    }

    private boolean hasTag(PersonRow row) {
        for (String carried : row.tags()) {
            if (app.kith.domain.Tags.same(carried, tag)) {
                return true;
            }
        }
        return false;
    }
}
