package app.kith.cli;

import app.kith.common.DaysAgo;
import app.kith.domain.Depth;
import app.kith.insight.PersonInsight;
import app.kith.insight.today.ComingDate;
import app.kith.insight.today.MonthMix;
import app.kith.insight.today.NamedFollowUp;
import app.kith.insight.today.RecentEntry;
import app.kith.insight.today.ReviewPrompt;
import app.kith.insight.today.TodayReport;
import java.io.PrintWriter;
import java.util.Locale;

/** {@code kith today} without {@code --json}: each section under its heading, dates as YYYY-MM-DD. */
final class TodayText {

    /** Names longer than this are cut (the JSON keeps them whole). */
    private static final int NAME_WIDTH = 24;

    private final PrintWriter out;

    TodayText(PrintWriter out) {
        this.out = out;
    }

    void print(TodayReport report) {
        out.println("Today, " + report.asOf());
        report.prompt().ifPresent(this::prompt);
        reachOut(report);
        followUps(report);
        comingUp(report);
        months(report);
        recent(report);
        out.flush();
    }

    private void prompt(ReviewPrompt prompt) {
        out.println((prompt.daysSince() == null ? "You have not held a review yet"
                : "Your last review was " + DaysAgo.ago(prompt.daysSince()))
                + ": kith review lists who is waiting.");
    }

    private void reachOut(TodayReport report) {
        heading(report.waiting() > report.reachOut().size()
                ? "Reach out (the first " + report.reachOut().size() + " of " + report.waiting() + " in the review)"
                : "Reach out");
        if (report.reachOut().isEmpty()) {
            out.println("  Nobody is overdue for a conversation.");
        }
        for (PersonInsight person : report.reachOut()) {
            line(cut(person.person().name()), person.reason());
        }
    }

    private void followUps(TodayReport report) {
        heading("Follow-ups due");
        if (report.followUpsDue().isEmpty()) {
            out.println("  No follow-up is due.");
        }
        for (NamedFollowUp due : report.followUpsDue()) {
            line(due.followUp().due() + "  " + cut(due.person()), due.followUp().text());
        }
    }

    private void comingUp(TodayReport report) {
        heading("Coming up in the next 14 days");
        if (report.comingUp().isEmpty()) {
            out.println("  No birthday or date to remember.");
        }
        for (ComingDate date : report.comingUp()) {
            String years = date.years() == null ? ""
                    : date.isBirthday() ? " (turns " + date.years() + ")"
                    : " (" + Words.count(date.years(), "year", "years") + ")";
            line(date.next() + "  " + cut(date.person()), date.label() + years);
        }
    }

    private void months(TodayReport report) {
        heading("Conversations by month (small talk, catch-up, personal, deep)");
        for (MonthMix month : report.monthMix()) {
            StringBuilder row = new StringBuilder("  ").append(month.month());
            for (Depth depth : Depth.values()) {
                row.append(String.format(Locale.ROOT, "%7d", month.count(depth)));
            }
            out.println(row);
        }
    }

    private void recent(TodayReport report) {
        heading("Recent: the last 7 days");
        if (report.recent().isEmpty()) {
            out.println("  Nothing logged in the last 7 days.");
        }
        for (RecentEntry entry : report.recent()) {
            line(entry.date() + "  " + entry.channel().label() + ", " + entry.depth().label(),
                    String.join(", ", entry.people()));
        }
    }

    private void heading(String text) {
        out.println();
        out.println(text);
    }

    private void line(String left, String right) {
        out.println(String.format(Locale.ROOT, "  %-" + (NAME_WIDTH + 12) + "s  %s", left, right));
    }

    private static String cut(String name) {
        return name.length() <= NAME_WIDTH ? name : name.substring(0, NAME_WIDTH - 1) + "…";
    }
}
