package app.kith.ui.exchange;

import app.kith.exchange.archive.ArchiveCounts;
import app.kith.store.ImportOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The sentences that end an import or export: what it did, in counts a person reads at a glance. */
final class ArchiveSummary {

    private ArchiveSummary() {
    }

    /** "Imported 1,000 people, 50,000 conversations and 120 follow-ups; 3 people already in the journal were updated." */
    static String imported(ImportOutcome outcome) {
        List<String> added = nonZero(outcome.peopleAdded(), outcome.interactionsAdded(), outcome.favoursAdded(),
                outcome.followUpsAdded(), outcome.reviewsAdded());
        List<String> already = new ArrayList<>();
        if (outcome.peopleUpdated() > 0) {
            already.add(count(outcome.peopleUpdated(), "person", "people") + " already in the journal "
                    + (outcome.peopleUpdated() == 1 ? "was" : "were") + " updated");
        }
        int same = outcome.peopleUnchanged() + outcome.entriesSkipped();
        if (same > 0) {
            already.add(count(same, "entry was", "entries were") + " in the journal already and left as they were");
        }
        StringBuilder text = new StringBuilder(added.isEmpty() ? "Nothing new was imported" : "Imported " + list(added));
        if (!already.isEmpty()) {
            text.append("; ").append(String.join("; ", already));
        }
        return text.append('.').toString();
    }

    /** "Exported 1,000 people, 50,000 conversations, 5,000 favours and 107 follow-ups." */
    static String exported(ArchiveCounts counts) {
        List<String> written = nonZero(counts.people(), counts.interactions(), counts.favours(), counts.followUps(),
                counts.reviews());
        return written.isEmpty() ? "Exported an empty journal: the archive holds nobody yet."
                : "Exported " + list(written) + ".";
    }

    /** "1,000" in the format the command line prints too. */
    static String number(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    private static List<String> nonZero(int people, int conversations, int favours, int followUps, int reviews) {
        List<String> parts = new ArrayList<>();
        add(parts, people, "person", "people");
        add(parts, conversations, "conversation", "conversations");
        add(parts, favours, "favour", "favours");
        add(parts, followUps, "follow-up", "follow-ups");
        add(parts, reviews, "review", "reviews");
        return parts;
    }

    private static void add(List<String> parts, int value, String one, String many) {
        if (value > 0) {
            parts.add(count(value, one, many));
        }
    }

    private static String count(long value, String one, String many) {
        return value == 1 ? "1 " + one : number(value) + " " + many;
    }

    private static String list(List<String> parts) {
        if (parts.size() <= 1) {
            return String.join("", parts);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }
}
