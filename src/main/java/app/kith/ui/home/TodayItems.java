package app.kith.ui.home;

import app.kith.domain.Depth;
import app.kith.domain.FollowUp;
import app.kith.insight.PersonInsight;
import app.kith.insight.today.ComingDate;
import app.kith.insight.today.MonthMix;
import app.kith.insight.today.NamedFollowUp;
import app.kith.insight.today.RecentEntry;
import app.kith.insight.today.ReviewPrompt;
import app.kith.insight.today.TodayReport;
import app.kith.ui.common.RelativeDays;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** Today's report in the words and figures its cards show, as of the report's day. */
final class TodayItems {

    /** Someone to reach out to, with the review's reason. */
    record ReachOut(UUID person, String name, String reason) {
    }

    /** A follow-up due: what, for whom, and since when ("today", "3 days ago"). */
    record DueFollowUp(FollowUp followUp, String person, String when, boolean late) {

        UUID id() {
            return followUp.id();
        }
    }

    /** A birthday or date coming up: "Ann Lee", "Birthday, turns 39", "In 8 days", "28 February". */
    record Coming(UUID person, String name, String what, String when, String date, boolean today) {
    }

    /**
     * One month of the mix: its short name, its counts by depth and a sentence saying them.
     *
     * @param description "March 2026: 12 conversations: 8 small talk, 2 catch-up, 1 personal, 1 deep"
     */
    record Month(YearMonth month, String label, MonthMix mix, String description) {
    }

    /** A recent conversation: "Ann Lee, Ben Ito", "Call · Personal", "Yesterday". */
    record Recent(UUID id, String people, String what, String when, Depth depth) {
    }

    private final RelativeDays days;
    private final Locale locale;
    private final DateTimeFormatter monthNames;
    private final NumberFormat numbers;

    TodayItems(Locale locale) {
        this.days = new RelativeDays(locale);
        this.locale = locale;
        this.monthNames = DateTimeFormatter.ofPattern("LLLL yyyy", locale);
        this.numbers = NumberFormat.getIntegerInstance(locale);
    }

    List<ReachOut> reachOut(TodayReport report) {
        List<ReachOut> items = new ArrayList<>();
        for (PersonInsight insight : report.reachOut()) {
            items.add(new ReachOut(insight.id(), insight.person().name(), insight.reason()));
        }
        return items;
    }

    /** "7 more are waiting in the review", or "" when Reach out shows everyone. */
    static String moreWaiting(TodayReport report) {
        int more = report.waiting() - report.reachOut().size();
        return more <= 0 ? "" : more == 1 ? "1 more is waiting in the review." : more + " more are waiting in the review.";
    }

    List<DueFollowUp> followUps(TodayReport report) {
        List<DueFollowUp> items = new ArrayList<>();
        for (NamedFollowUp due : report.followUpsDue()) {
            LocalDate day = due.followUp().due();
            items.add(new DueFollowUp(due.followUp(), due.person(), "due " + days.of(day, report.asOf()),
                    day.isBefore(report.asOf())));
        }
        return items;
    }

    List<Coming> comingUp(TodayReport report) {
        List<Coming> items = new ArrayList<>();
        for (ComingDate date : report.comingUp()) {
            items.add(new Coming(date.personId(), date.person(), what(date), days.standalone(date.next(), report.asOf()),
                    days.monthDay(date.next()), date.next().equals(report.asOf())));
        }
        return items;
    }

    /** "Birthday, turns 39", "Birthday", "Wedding anniversary, 13 years". */
    static String what(ComingDate date) {
        String label = Character.toUpperCase(date.label().charAt(0)) + date.label().substring(1);
        if (date.years() == null || date.years() == 0 && !date.isBirthday()) {
            return label;
        }
        return label + ", " + (date.isBirthday() ? "turns " + date.years()
                : date.years() == 1 ? "1 year" : date.years() + " years");
    }

    List<Month> months(TodayReport report) {
        List<Month> items = new ArrayList<>();
        for (MonthMix mix : report.monthMix()) {
            String label = mix.month().getMonth().getDisplayName(TextStyle.SHORT_STANDALONE, locale);
            items.add(new Month(mix.month(), label, mix, describe(mix)));
        }
        return items;
    }

    private String describe(MonthMix mix) {
        String month = monthNames.format(mix.month().atDay(1));
        if (mix.total() == 0) {
            return month + ": no conversations";
        }
        List<String> parts = new ArrayList<>();
        for (Depth depth : Depth.values()) {
            parts.add(numbers.format(mix.count(depth)) + " " + depth.label().toLowerCase(Locale.ROOT));
        }
        return month + ": " + conversations(mix.total()) + " (" + String.join(", ", parts) + ")";
    }

    /** "This month so far: 25 conversations, 5 of them personal or deep." */
    String monthHeadline(TodayReport report) {
        MonthMix now = report.monthMix().get(report.monthMix().size() - 1);
        int year = report.monthMix().stream().mapToInt(MonthMix::total).sum();
        int chat = report.monthMix().stream().mapToInt(MonthMix::substantial).sum();
        String thisMonth = "This month so far: " + conversations(now.total())
                + (now.total() == 0 ? "" : ", " + numbers.format(now.substantial()) + " of them personal or deep");
        return year == 0 ? thisMonth + "." : thisMonth + ". Over the 12 months: " + conversations(year) + ", "
                + Math.round(100.0 * chat / year) + "% personal or deep.";
    }

    List<Recent> recent(TodayReport report) {
        List<Recent> items = new ArrayList<>();
        for (RecentEntry entry : report.recent()) {
            items.add(new Recent(entry.id(), String.join(", ", entry.people()),
                    entry.channel().label() + " \u00b7 " + entry.depth().label(),
                    days.standalone(entry.date(), report.asOf()), entry.depth()));
        }
        return items;
    }

    /** "Your last review was 9 days ago", "You have not held a review yet", or "" when none is due. */
    String prompt(TodayReport report) {
        if (report.prompt().isEmpty()) {
            return "";
        }
        ReviewPrompt prompt = report.prompt().get();
        String waiting = prompt.waiting() == 1 ? "1 person is waiting" : prompt.waiting() + " people are waiting";
        if (prompt.lastHeld() == null) {
            return "You have not held a review yet \u00b7 " + waiting;
        }
        String when = days.of(prompt.lastHeld(), report.asOf());
        // Beyond a few weeks the words are a date: "was on 23 Sept 2026".
        return "Your last review was " + (days.isCounted(prompt.lastHeld(), report.asOf()) ? "" : "on ") + when
                + " \u00b7 " + waiting;
    }

    private String conversations(int count) {
        return count == 1 ? "1 conversation" : numbers.format(count) + " conversations";
    }
}
