package app.kith.ui.person;

import app.kith.insight.PersonStory;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The one sentence under each of a person's charts, built from the figures it draws: "Depth rose from 41 to 78
 * since March 2025, mostly personal talks"; "You have given 6 favours and received 1 since June 2025"; "You started
 * 14 of the 31 conversations since January 2025, they 12; 5 were mutual".
 */
final class StoryCaptions {

    /** A change of Depth smaller than this is said to hold. */
    static final int STEADY = 5;

    private final DateTimeFormatter month;

    StoryCaptions(Locale locale) {
        this.month = DateTimeFormatter.ofPattern("MMMM yyyy", locale);
    }

    /**
     * Depth's course: from its latest low (when it rose) or latest high (when it fell) to now, and which of Time,
     * Intimacy and Services moved it most (each as it weighs in Depth: 0.3, 0.5, 0.2).
     */
    String depth(List<PersonStory.Month> months) {
        PersonStory.Month now = months.get(months.size() - 1);
        boolean rose = now.depth() >= months.get(0).depth();
        PersonStory.Month turn = months.get(0);
        for (PersonStory.Month month : months.subList(0, months.size() - 1)) {
            if (rose ? month.depth() <= turn.depth() : month.depth() >= turn.depth()) {
                turn = month;
            }
        }
        if (now.depth() == 0 && turn.depth() == 0) {
            return "No conversations that count in the last two years: Depth stayed at 0.";
        }
        if (Math.abs(now.depth() - turn.depth()) < STEADY) {
            return "Depth held at about " + now.depth() + " over the last two years.";
        }
        double time = 0.3 * (now.time() - turn.time());
        double intimacy = 0.5 * (now.intimacy() - turn.intimacy());
        double services = 0.2 * (now.services() - turn.services());
        String driver;
        if (Math.abs(intimacy) >= Math.abs(time) && Math.abs(intimacy) >= Math.abs(services)) {
            driver = rose ? "personal talks" : "fewer personal talks";
        } else if (Math.abs(time) >= Math.abs(services)) {
            driver = rose ? "more time together" : "less time together";
        } else {
            driver = rose ? "favours" : "fewer favours";
        }
        return "Depth " + (rose ? "rose" : "fell") + " from " + turn.depth() + " to " + now.depth() + " since "
                + month.format(turn.day()) + ", mostly " + driver + overshoot(months, turn, now, rose) + ".";
    }

    /** When Depth went well past where it ended on the way (up, then partly down again): its high or low. */
    private String overshoot(List<PersonStory.Month> months, PersonStory.Month turn, PersonStory.Month now,
                             boolean rose) {
        PersonStory.Month extreme = now;
        for (PersonStory.Month month : months.subList(months.indexOf(turn), months.size())) {
            if (rose ? month.depth() > extreme.depth() : month.depth() < extreme.depth()) {
                extreme = month;
            }
        }
        if (Math.abs(extreme.depth() - now.depth()) < 2 * STEADY) {
            return "";
        }
        return "; its " + (rose ? "high" : "low") + " was " + extreme.depth() + " in " + month.format(extreme.day());
    }

    /** How many favours went each way in the two years, from the month of the first. */
    String favours(PersonStory story) {
        List<PersonStory.FavourMark> marks = story.favours();
        if (marks.isEmpty()) {
            return "No favours in the last two years" + (story.balanceBefore() == 0 ? "."
                    : "; from before, the ledger stands at " + signed(story.balanceBefore()) + ".");
        }
        int given = 0;
        int promised = 0;
        for (PersonStory.FavourMark mark : marks) {
            given += mark.given() ? 1 : 0;
            promised += mark.promised() ? 1 : 0;
        }
        int received = marks.size() - given;
        String sentence = "You have given " + count(given, "favour", "favours") + " and received "
                + (received == 0 ? "none" : Integer.toString(received)) + " since "
                + month.format(marks.get(0).day());
        return sentence + (promised == 0 ? "." : "; " + (promised == 1 ? "1 is" : promised + " are")
                + " only promised so far.");
    }

    /** Who started the conversations of the eight quarters. */
    String initiative(List<PersonStory.Quarter> quarters) {
        int mine = 0;
        int theirs = 0;
        int both = 0;
        int all = 0;
        for (PersonStory.Quarter quarter : quarters) {
            mine += quarter.mine();
            theirs += quarter.theirs();
            both += quarter.both();
            all += quarter.total();
        }
        LocalDate since = quarters.get(0).first();
        if (all == 0) {
            return "No conversations since " + month.format(since) + ".";
        }
        if (mine + theirs + both == 0) {
            return "Nobody is noted as starting any of the " + count(all, "conversation", "conversations") + " since "
                    + month.format(since) + ".";
        }
        int unnoted = all - mine - theirs - both;
        return "You started " + mine + " of the " + count(all, "conversation", "conversations") + " since "
                + month.format(since) + ", they " + theirs
                + (both == 0 ? "" : "; " + both + (both == 1 ? " was" : " were") + " mutual")
                + (unnoted == 0 ? "" : "; " + unnoted + (unnoted == 1 ? " has" : " have") + " no starter noted") + ".";
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /** A ledger balance: "+5", "−3.5". */
    static String signed(double value) {
        String number = value == Math.rint(value) ? Long.toString((long) Math.abs(value))
                : String.format(Locale.ROOT, "%.1f", Math.abs(value));
        return value == 0 ? "0" : (value > 0 ? "+" : "\u2212") + number;
    }
}
