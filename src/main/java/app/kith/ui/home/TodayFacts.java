package app.kith.ui.home;

import app.kith.store.JournalCounts;
import java.text.NumberFormat;
import java.util.Locale;

/** The journal's size in one line, at the foot of Today. */
final class TodayFacts {

    private TodayFacts() {
    }

    /** "1,000 people · 50,000 conversations · 5,000 favours · 312 follow-ups", numbers in the user's locale. */
    static String summary(JournalCounts held, Locale locale) {
        NumberFormat numbers = NumberFormat.getIntegerInstance(locale);
        return String.join(" · ",
                count(numbers, held.people(), "person", "people"),
                count(numbers, held.interactions(), "conversation", "conversations"),
                count(numbers, held.favours(), "favour", "favours"),
                count(numbers, held.followUps(), "follow-up", "follow-ups"));
    }

    private static String count(NumberFormat numbers, int n, String one, String many) {
        return numbers.format(n) + " " + (n == 1 ? one : many);
    }
}
